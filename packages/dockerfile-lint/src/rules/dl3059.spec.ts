import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3059.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN a\nWORKDIR /\nRUN b" },
    { code: "RUN a && b\nRUN c" },
    { code: "RUN --mount=type=cache,target=/x a\nRUN b" },
  ],
  invalid: [
    { code: "RUN a\nRUN b", errors: [{ messageId: 'default', line: 2 }] },
    { code: "RUN a\n# note\nRUN b", errors: [{ messageId: 'default', line: 3 }] },
  ],
});

it("DL3059 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN a\nRUN b", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3059')?.message).toBe("Multiple consecutive `RUN` instructions. Consider consolidation.");
});
