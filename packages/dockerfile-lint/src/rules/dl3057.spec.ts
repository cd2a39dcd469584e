import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3057.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1\nHEALTHCHECK CMD [\"true\"]" },
    { code: "FROM a:1 AS b\nHEALTHCHECK NONE\nFROM b" },
  ],
  invalid: [
    { code: "FROM a:1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "FROM a:1\nHEALTHCHECK NONE\nFROM c:1", errors: [{ messageId: 'default', line: 3 }] },
  ],
});
