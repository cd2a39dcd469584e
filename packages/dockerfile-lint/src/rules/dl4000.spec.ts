import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl4000.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "LABEL maintainer=me" },
  ],
  invalid: [
    { code: "MAINTAINER me", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL4000 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("MAINTAINER me", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL4000')?.message).toBe("MAINTAINER is deprecated");
});
