import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3012.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1\nHEALTHCHECK CMD [\"true\"]\nFROM b:1\nHEALTHCHECK NONE" },
  ],
  invalid: [
    { code: "FROM a:1\nHEALTHCHECK NONE\nHEALTHCHECK CMD [\"true\"]", errors: [{ messageId: 'default', line: 3 }] },
  ],
});

it("DL3012 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("FROM a:1\nHEALTHCHECK NONE\nHEALTHCHECK CMD [\"true\"]", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3012')?.message).toBe("Multiple `HEALTHCHECK` instructions");
});
