import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3053.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

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

it("DL3053 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("LABEL created=yesterday", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{"labelSchema": {"created": "rfc3339"}} });
  expect(findings.find((f) => f.ruleId === 'DL3053')?.message).toBe("Label `created` is not a valid time format - must conform to RFC3339.");
});
