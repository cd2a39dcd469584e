import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3012.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1\nHEALTHCHECK CMD [\"true\"]\nFROM b:1\nHEALTHCHECK NONE" },
  ],
  invalid: [
    { code: "FROM a:1\nHEALTHCHECK NONE\nHEALTHCHECK CMD [\"true\"]", errors: [{ messageId: 'default', line: 3 }] },
  ],
});
