import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3058.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "LABEL maintainer=dev@example.com", options: {"labelSchema": {"maintainer": "email"}} },
  ],
  invalid: [
    { code: "LABEL maintainer=not-an-email", options: {"labelSchema": {"maintainer": "email"}}, errors: [{ messageId: 'default', line: 1 }] },
  ],
});
