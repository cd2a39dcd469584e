import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3036.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN zypper cc && zypper in -y a=1 && zypper clean" },
    { code: "RUN zypper install -y a=1 && zypper clean" },
    { code: "RUN --mount=type=cache,target=/var/cache/zypp zypper in -y a=1" },
  ],
  invalid: [
    { code: "RUN zypper clean && zypper in -y a=1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN zypper install -y a=1", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3036 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN zypper install -y a=1", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3036')?.message).toBe("`zypper clean` missing after zypper use.");
});
