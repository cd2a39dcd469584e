import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3037.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN zypper install -y a=1.0" },
    { code: "RUN zypper in -y \"a>=1.0\"" },
    { code: "RUN zypper install -y ./a.rpm" },
  ],
  invalid: [
    { code: "RUN zypper install -y a", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3037 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN zypper install -y a", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3037')?.message).toBe("Specify version with `zypper install -y <package>=<version>`");
});
