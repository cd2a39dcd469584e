import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3053.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "LABEL created=2024-01-02T03:04:05Z", options: {"labelSchema": {"created": "rfc3339"}} },
    { code: "LABEL created=2024-01-02T03:04:05.5+01:00", options: {"labelSchema": {"created": "rfc3339"}} },
  ],
  invalid: [
    { code: "LABEL created=yesterday", options: {"labelSchema": {"created": "rfc3339"}}, errors: [{ messageId: 'default', line: 1 }] },
    { code: "LABEL created=2024-13-02T03:04:05Z", options: {"labelSchema": {"created": "rfc3339"}}, errors: [{ messageId: 'default', line: 1 }] },
  ],
});
