import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl4001.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN curl -fsSL x" },
    { code: "FROM a:1\nRUN curl x\nFROM b:1\nRUN wget x" },
  ],
  invalid: [
    { code: "RUN curl x\nRUN wget y", errors: [{ messageId: 'default', line: 2 }] },
    { code: "RUN curl x && wget y", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL4001 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN curl x\nRUN wget y", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL4001')?.message).toBe("Either use Wget or Curl but not both");
});
