import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3055.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "LABEL rev=abcdef1", options: {"labelSchema": {"rev": "hash"}} },
    { code: "LABEL rev=0123456789abcdef0123456789abcdef01234567", options: {"labelSchema": {"rev": "hash"}} },
  ],
  invalid: [
    { code: "LABEL rev=xyz", options: {"labelSchema": {"rev": "hash"}}, errors: [{ messageId: 'default', line: 1 }] },
    { code: "LABEL rev=ABCDEF1", options: {"labelSchema": {"rev": "hash"}}, errors: [{ messageId: 'default', line: 1 }] },
  ],
});
