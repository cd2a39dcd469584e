import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3034.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN zypper install -y a=1" },
    { code: "RUN zypper --non-interactive install a=1" },
    { code: "RUN zypper -n in a=1" },
  ],
  invalid: [
    { code: "RUN zypper install a=1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN zypper rm a", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3034 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN zypper install a=1", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3034')?.message).toBe("Non-interactive switch missing from `zypper` command: `zypper install -y`");
});
