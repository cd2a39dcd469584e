import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3065.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM --platform=$BUILDPLATFORM a:1" },
    { code: "FROM a:1" },
  ],
  invalid: [
    { code: "FROM --platform=$TARGETPLATFORM a:1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "FROM --platform=${TARGETPLATFORM} a:1", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3065 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("FROM --platform=$TARGETPLATFORM a:1", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3065')?.message).toBe("Setting `FROM --platform` to predefined `$TARGETPLATFORM` in is redundant as this is the default behavior");
});
