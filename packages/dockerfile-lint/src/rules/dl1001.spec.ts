import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl1001.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM debian:12\n# hadolint global ignore=DL3003\nRUN cd /x" },
    { code: "# just a comment\nFROM debian:12" },
  ],
  invalid: [
    { code: "FROM debian:12\n# hadolint ignore=DL3003\nRUN cd /x", errors: [{ messageId: 'default', line: 2 }] },
  ],
});

it("DL1001 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("FROM debian:12\n# hadolint ignore=DL3003\nRUN cd /x", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL1001')?.message).toBe("Please refrain from using inline ignore pragmas  `# hadolint ignore=DLxxxx`.");
});
