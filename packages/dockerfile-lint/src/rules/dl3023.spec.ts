import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3023.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1 AS a\nFROM b:1 AS b\nCOPY --from=a /x /x" },
  ],
  invalid: [
    { code: "FROM a:1 AS a\nCOPY --from=a /x /x", errors: [{ messageId: 'default', line: 2 }] },
  ],
});
