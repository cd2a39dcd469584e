import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3067.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1 AS b\nFROM c:1\nCOPY --from=b /app /app" },
    { code: "COPY / /" },
  ],
  invalid: [
    { code: "FROM a:1 AS b\nFROM c:1\nCOPY --from=b / /", errors: [{ messageId: 'default', line: 3 }] },
  ],
});

it("DL3067 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("FROM a:1 AS b\nFROM c:1\nCOPY --from=b / /", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3067')?.message).toBe("Do not copy an entire filesystem from another stage");
});
