import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3064.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "ARG VERSION=1" },
    { code: "ENV PATH=/x" },
  ],
  invalid: [
    { code: "ARG GITHUB_TOKEN", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ENV DB_PASSWORD=x", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ARG AWS_ACCESS_KEY_ID", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3064 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("ARG GITHUB_TOKEN", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3064')?.message).toBe("Potentially sensitive data should not be used in the `ARG` or `ENV` commands");
});
