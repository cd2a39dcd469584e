import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3007.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM debian:12" },
    { code: "FROM debian:latest@sha256:abc" },
  ],
  invalid: [
    { code: "FROM debian:latest", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3007 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("FROM debian:latest", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3007')?.message).toBe("Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag");
});
