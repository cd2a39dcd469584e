import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3044.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "ENV A=1\nENV B=${A}" },
    { code: "ENV A=1 B=2" },
    { code: "ARG A\nENV A=1 B=$A" },
    { code: "ENV A=1 B=$AB" },
  ],
  invalid: [
    { code: "ENV A=1 B=${A}", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ENV A=1 B=\"x $A y\"", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3044 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("ENV A=1 B=${A}", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3044')?.message).toBe("Do not refer to an environment variable within the same `ENV` statement where it is defined.");
});
