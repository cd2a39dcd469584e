import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3006.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM \"debian\":12 AS base" },
    { code: "FROM \"debian:12\"" },
    { code: "FROM debian:12" },
    { code: "FROM scratch" },
    { code: "FROM ${IMG}" },
    { code: "FROM a:1 AS builder\nFROM builder" },
    { code: "FROM debian@sha256:abc" },
  ],
  invalid: [
    { code: "FROM \"debian\" AS base", errors: [{ messageId: 'default', line: 1 }] },
    { code: "FROM debian", errors: [{ messageId: 'default', line: 1 }] },
    { code: "FROM registry.example.com:5000/team/img", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3006 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("FROM debian", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3006')?.message).toBe("Always tag the version of an image explicitly");
});
