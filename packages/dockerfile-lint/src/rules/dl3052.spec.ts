import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3052.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "LABEL url=https://example.com/x", options: {"labelSchema": {"url": "url"}} },
  ],
  invalid: [
    { code: "LABEL url=not-a-url", options: {"labelSchema": {"url": "url"}}, errors: [{ messageId: 'default', line: 1 }] },
  ],
});
