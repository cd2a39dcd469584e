import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3061.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "ARG V=1\nFROM a:$V" },
    { code: "# c\nFROM a:1\nRUN x" },
  ],
  invalid: [
    { code: "RUN x\nFROM a:1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "LABEL a=b\nENV x=1\nFROM a:1", errors: [{ messageId: 'default', line: 1 }, { messageId: 'default', line: 2 }] },
  ],
});

it("DL3061 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN x\nFROM a:1", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3061')?.message).toBe("Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.");
});
