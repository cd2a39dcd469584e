import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3024.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1 AS x\nFROM b:1 AS y" },
  ],
  invalid: [
    { code: "FROM a:1 AS x\nFROM b:1 AS x", errors: [{ messageId: 'default', line: 2 }] },
  ],
});
