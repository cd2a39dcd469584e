import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3051.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "LABEL foo=1", options: {"labelSchema": {"foo": "text"}} },
    { code: "LABEL other=\"\"", options: {"labelSchema": {"foo": "text"}} },
  ],
  invalid: [
    { code: "LABEL foo=\"\"", options: {"labelSchema": {"foo": "text"}}, errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3051 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("LABEL foo=\"\"", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{"labelSchema": {"foo": "text"}} });
  expect(findings.find((f) => f.ruleId === 'DL3051')?.message).toBe("label `foo` is empty.");
});
