import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3022.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1 AS build\nFROM b:1\nCOPY --from=\"build\" /x /x" },
    { code: "FROM a:1 AS build\nFROM b:1\nCOPY --from=build /x /x" },
    { code: "FROM a:1\nFROM b:1\nCOPY --from=0 /x /x" },
    { code: "FROM a:1\nCOPY --from=nginx:1 /x /x" },
  ],
  invalid: [
    { code: "FROM a:1\nCOPY --from=build /x /x", errors: [{ messageId: 'default', line: 2 }] },
    { code: "FROM a:1\nCOPY --from=3 /x /x", errors: [{ messageId: 'default', line: 2 }] },
  ],
});

it("DL3022 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("FROM a:1\nCOPY --from=build /x /x", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3022')?.message).toBe("`COPY --from` should reference a previously defined `FROM` alias");
});
