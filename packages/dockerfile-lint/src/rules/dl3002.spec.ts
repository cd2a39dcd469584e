import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3002.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1\nUSER root\nUSER 1000" },
    { code: "FROM a:1 AS b\nUSER 0\nUSER app\nFROM c:1" },
  ],
  invalid: [
    { code: "FROM a:1\nUSER \"root\"", errors: [{ messageId: 'default', line: 2 }] },
    { code: "FROM a:1 AS b\nUSER root\nFROM c:1\nUSER app", errors: [{ messageId: 'default', line: 2 }] },
    { code: "FROM a:1\nUSER root", errors: [{ messageId: 'default', line: 2 }] },
    { code: "FROM a:1\nUSER 0:0\nFROM b:1\nUSER root:root", errors: [{ messageId: 'default', line: 2 }, { messageId: 'default', line: 4 }] },
  ],
});

it("DL3002 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("FROM a:1 AS b\nUSER root\nFROM c:1\nUSER app", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3002')?.message).toBe("Last USER should not be root");
});
