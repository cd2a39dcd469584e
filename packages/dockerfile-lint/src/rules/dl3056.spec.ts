import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3056.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "LABEL version=1.2.3", options: {"labelSchema": {"version": "semver"}} },
    { code: "LABEL version=1.0.0-rc.1+build.5", options: {"labelSchema": {"version": "semver"}} },
  ],
  invalid: [
    { code: "LABEL version=v1.2", options: {"labelSchema": {"version": "semver"}}, errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3056 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("LABEL version=v1.2", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{"labelSchema": {"version": "semver"}} });
  expect(findings.find((f) => f.ruleId === 'DL3056')?.message).toBe("Label `version` does not conform to semantic versioning.");
});
