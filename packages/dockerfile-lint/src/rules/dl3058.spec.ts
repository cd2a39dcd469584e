import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3058.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "LABEL maintainer=dev@example.com", options: {"labelSchema": {"maintainer": "email"}} },
  ],
  invalid: [
    { code: "LABEL maintainer=not-an-email", options: {"labelSchema": {"maintainer": "email"}}, errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3058 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("LABEL maintainer=not-an-email", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{"labelSchema": {"maintainer": "email"}} });
  expect(findings.find((f) => f.ruleId === 'DL3058')?.message).toBe("Label `maintainer` is not a valid email format - must conform to RFC5322.");
});
