import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3003.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN echo cd" },
    { code: "WORKDIR /x" },
  ],
  invalid: [
    { code: "RUN cd /tmp && make", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN echo $(cd /x; pwd)", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3003 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN cd /tmp && make", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3003')?.message).toBe("Use WORKDIR to switch to a directory");
});
