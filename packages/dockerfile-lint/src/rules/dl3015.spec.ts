import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3015.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN apt-get install -y --no-install-recommends a=1" },
    { code: "RUN apt-get install -y -o APT::Install-Recommends=false a=1" },
  ],
  invalid: [
    { code: "RUN apt-get install -y a=1", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3015 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN apt-get install -y a=1", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3015')?.message).toBe("Avoid additional packages by specifying `--no-install-recommends`");
});
