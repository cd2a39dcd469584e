import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3054.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "LABEL license=Apache-2.0", options: {"labelSchema": {"license": "spdx"}} },
    { code: "LABEL license=MIT", options: {"labelSchema": {"license": "spdx"}} },
  ],
  invalid: [
    { code: "LABEL license=Apache2", options: {"labelSchema": {"license": "spdx"}}, errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3054 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("LABEL license=Apache2", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{"labelSchema": {"license": "spdx"}} });
  expect(findings.find((f) => f.ruleId === 'DL3054')?.message).toBe("Label `license` is not a valid SPDX identifier.");
});
