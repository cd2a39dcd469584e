import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3011.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "EXPOSE 80 443/tcp" },
    { code: "EXPOSE 8000-8010" },
    { code: "EXPOSE ${PORT}" },
  ],
  invalid: [
    { code: "EXPOSE 80000", errors: [{ messageId: 'default', line: 1 }] },
    { code: "EXPOSE 8000-70000/udp", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3011 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("EXPOSE 80000", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3011')?.message).toBe("Valid UNIX ports range from 0 to 65535");
});
