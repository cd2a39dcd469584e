import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3040.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN dnf install -y a-1 && microdnf install -y b-1 && dnf clean all && microdnf clean all" },
    { code: "RUN dnf install -y a-1.0 && dnf clean all" },
    { code: "RUN microdnf install -y a-1 && microdnf clean all" },
    { code: "RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y a-1" },
  ],
  invalid: [
    { code: "RUN dnf install -y a-1 && microdnf clean all", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN dnf clean all && dnf install -y a-1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN dnf install -y a-1.0", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN dnf upgrade -y && microdnf clean all", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3040 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN dnf install -y a-1.0", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3040')?.message).toBe("`dnf clean all` missing after dnf command.");
});
