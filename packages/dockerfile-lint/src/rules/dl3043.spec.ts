import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3043.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "ONBUILD RUN echo hi" },
  ],
  invalid: [
    { code: "ONBUILD FROM debian:12", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ONBUILD ONBUILD RUN x", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ONBUILD MAINTAINER me", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3043 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("ONBUILD FROM debian:12", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3043')?.message).toBe("`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.");
});
