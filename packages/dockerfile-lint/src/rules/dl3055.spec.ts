import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3055.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

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

it("DL3055 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("LABEL rev=xyz", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{"labelSchema": {"rev": "hash"}} });
  expect(findings.find((f) => f.ruleId === 'DL3055')?.message).toBe("Label `rev` is not a valid git hash.");
});
