import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3057.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1 AS build\nRUN make\nFROM build AS final\nHEALTHCHECK NONE" },
    { code: "FROM a:1 AS b1\nFROM b1 AS b2\nFROM b2 AS app\nHEALTHCHECK CMD [\"true\"]" },
    { code: "HEALTHCHECK NONE\nFROM a:1 AS x\nHEALTHCHECK NONE" },
    { code: "FROM a:1\nHEALTHCHECK CMD [\"true\"]" },
    { code: "FROM a:1 AS b\nHEALTHCHECK NONE\nFROM b" },
  ],
  invalid: [
    { code: "FROM a:1 AS b1\nFROM b1 AS b2\nFROM b1 AS b3\nFROM b2 AS end1\nHEALTHCHECK NONE\nFROM b3 AS end2", errors: [{ messageId: 'default', line: 3 }, { messageId: 'default', line: 6 }] },
    { code: "FROM a:1 AS tools\nFROM b:1\nCOPY --from=tools /t /t\nHEALTHCHECK NONE", errors: [{ messageId: 'default', line: 1 }] },
    { code: "FROM a:1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "FROM a:1\nHEALTHCHECK NONE\nFROM c:1", errors: [{ messageId: 'default', line: 3 }] },
  ],
});

it("DL3057 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("FROM a:1", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3057')?.message).toBe("`HEALTHCHECK` instruction missing.");
});
