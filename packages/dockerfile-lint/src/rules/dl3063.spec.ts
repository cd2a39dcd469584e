import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3063.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1 AS build" },
  ],
  invalid: [
    { code: "FROM a:1 AS scratch", errors: [{ messageId: 'default', line: 1 }] },
    { code: "FROM a:1 AS context", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3063 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("FROM a:1 AS scratch", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3063')?.message).toBe("stage name should not be a reserved word");
});
