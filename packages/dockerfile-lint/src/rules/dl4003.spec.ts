import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl4003.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1\nCMD [\"a\"]\nFROM b:1\nCMD [\"b\"]" },
  ],
  invalid: [
    { code: "FROM a:1\nCMD [\"a\"]\nCMD [\"b\"]", errors: [{ messageId: 'default', line: 3 }] },
  ],
});
