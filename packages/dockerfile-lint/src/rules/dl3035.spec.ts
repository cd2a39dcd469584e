import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3035.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN zypper update -y" },
  ],
  invalid: [
    { code: "RUN zypper dist-upgrade -y", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN zypper dup", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3035 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN zypper dist-upgrade -y", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3035')?.message).toBe("Do not use `zypper dist-upgrade`.");
});
