import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3038.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN dnf install -y a-1.0" },
    { code: "RUN microdnf install --assumeyes a-1.0" },
  ],
  invalid: [
    { code: "RUN dnf install a-1.0", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN microdnf install a-1.0", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3038 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN dnf install a-1.0", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3038')?.message).toBe("Use the -y switch to avoid manual input `dnf install -y <package>`");
});
