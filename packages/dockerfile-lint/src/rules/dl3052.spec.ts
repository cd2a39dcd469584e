import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3052.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "LABEL url=https://example.com/x", options: {"labelSchema": {"url": "url"}} },
  ],
  invalid: [
    { code: "LABEL url=not-a-url", options: {"labelSchema": {"url": "url"}}, errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3052 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("LABEL url=not-a-url", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{"labelSchema": {"url": "url"}} });
  expect(findings.find((f) => f.ruleId === 'DL3052')?.message).toBe("Label `url` is not a valid URL.");
});
