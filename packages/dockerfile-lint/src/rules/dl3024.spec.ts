import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3024.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1 AS x\nFROM b:1 AS y" },
  ],
  invalid: [
    { code: "FROM a:1 AS \"b\"\nFROM c:1 AS b", errors: [{ messageId: 'default', line: 2 }] },
    { code: "FROM a:1 AS x\nFROM b:1 AS x", errors: [{ messageId: 'default', line: 2 }] },
  ],
});

it("DL3024 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("FROM a:1 AS x\nFROM b:1 AS x", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3024')?.message).toBe("FROM aliases (stage names) must be unique");
});
