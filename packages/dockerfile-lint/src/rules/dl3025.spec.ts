import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3025.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "CMD [\"a\", \"b\"]" },
    { code: "ENTRYPOINT [\"/bin/app\"]" },
    { code: "HEALTHCHECK CMD [\"true\"]" },
    { code: "HEALTHCHECK NONE" },
  ],
  invalid: [
    { code: "CMD a b", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ENTRYPOINT /bin/app", errors: [{ messageId: 'default', line: 1 }] },
    { code: "HEALTHCHECK --interval=5s CMD curl -f http://x/", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3025 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("CMD a b", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3025')?.message).toBe("Use arguments JSON notation for CMD and ENTRYPOINT arguments");
});
