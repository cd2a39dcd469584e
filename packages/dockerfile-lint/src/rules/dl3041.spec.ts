import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3041.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN dnf install -y httpd-2.4.6" },
    { code: "RUN dnf module install -y nodejs:18" },
    { code: "RUN dnf group install -y \"Dev\"" },
  ],
  invalid: [
    { code: "RUN dnf install -y httpd", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN microdnf install -y httpd", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3041 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN dnf install -y httpd", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3041')?.message).toBe("Specify version with `dnf install -y <package>-<version>`.");
});
