import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3004.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN gosu app true" },
  ],
  invalid: [
    { code: "RUN sudo apt-get update", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ONBUILD RUN sudo make install", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3004 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN sudo apt-get update", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3004')?.message).toBe("Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root");
});
