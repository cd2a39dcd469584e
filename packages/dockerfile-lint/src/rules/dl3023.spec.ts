import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3023.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1 AS a\nFROM b:1 AS b\nCOPY --from=a /x /x" },
  ],
  invalid: [
    { code: "FROM a:1 AS a\nCOPY --from=a /x /x", errors: [{ messageId: 'default', line: 2 }] },
  ],
});

it("DL3023 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("FROM a:1 AS a\nCOPY --from=a /x /x", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3023')?.message).toBe("`COPY --from` cannot reference its own `FROM` alias");
});
