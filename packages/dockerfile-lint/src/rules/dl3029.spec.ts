import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3029.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM debian:12" },
    { code: "FROM --platform=$BUILDPLATFORM debian:12" },
  ],
  invalid: [
    { code: "FROM --platform=linux/amd64 debian:12", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3029 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("FROM --platform=linux/amd64 debian:12", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3029')?.message).toBe("Do not use --platform flag with FROM");
});
