import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3046.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN useradd -l -u 123456 app" },
    { code: "RUN useradd -u 1000 app" },
    { code: "RUN useradd --no-log-init --uid 1234567 app" },
  ],
  invalid: [
    { code: "RUN useradd -u 123456 app", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN useradd --uid=10000000 app", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3046 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN useradd -u 123456 app", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3046')?.message).toBe("`useradd` without flag `-l` and high UID will result in excessively large Image.");
});
