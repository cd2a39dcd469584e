import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3050.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "LABEL foo=1", options: {"labelSchema": {"foo": "text"}, "strictLabels": true} },
  ],
  invalid: [
    { code: "LABEL foo=1 bar=2", options: {"labelSchema": {"foo": "text"}, "strictLabels": true}, errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3050 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("LABEL foo=1 bar=2", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{"labelSchema": {"foo": "text"}, "strictLabels": true} });
  expect(findings.find((f) => f.ruleId === 'DL3050')?.message).toBe("Superfluous label(s) present.");
});
