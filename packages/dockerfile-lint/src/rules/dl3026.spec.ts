import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3026.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM docker.io/library/debian:12", options: {"trustedRegistries": ["docker.io", "*.example.com"]} },
    { code: "FROM debian:12", options: {"trustedRegistries": ["docker.io", "*.example.com"]} },
    { code: "FROM scratch", options: {"trustedRegistries": ["docker.io", "*.example.com"]} },
    { code: "FROM reg.example.com/a:1 AS b\nFROM b", options: {"trustedRegistries": ["docker.io", "*.example.com"]} },
  ],
  invalid: [
    { code: "FROM gcr.io/distroless/base:1", options: {"trustedRegistries": ["docker.io", "*.example.com"]}, errors: [{ messageId: 'default', line: 1 }] },
    { code: "FROM debian:12\nCOPY --from=quay.io/x/y:1 /a /a", options: {"trustedRegistries": ["docker.io", "*.example.com"]}, errors: [{ messageId: 'default', line: 2 }] },
  ],
});

it("DL3026 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("FROM gcr.io/distroless/base:1", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{"trustedRegistries": ["docker.io", "*.example.com"]} });
  expect(findings.find((f) => f.ruleId === 'DL3026')?.message).toBe("Use only an allowed registry in the FROM image");
});
