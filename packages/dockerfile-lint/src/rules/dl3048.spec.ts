import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3048.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "LABEL org.opencontainers.image.title=\"x\"" },
    { code: "LABEL maintainer=me version=1" },
  ],
  invalid: [
    { code: "LABEL Foo=bar", errors: [{ messageId: 'default', line: 1 }] },
    { code: "LABEL com.docker.x=1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "LABEL a..b=1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "LABEL a-=1", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3048 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("LABEL Foo=bar", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3048')?.message).toBe("Invalid label key.");
});
