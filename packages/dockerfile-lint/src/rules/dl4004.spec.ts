import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl4004.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1\nENTRYPOINT [\"a\"]\nFROM b:1\nENTRYPOINT [\"b\"]" },
  ],
  invalid: [
    { code: "FROM a:1\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]", errors: [{ messageId: 'default', line: 3 }] },
  ],
});
