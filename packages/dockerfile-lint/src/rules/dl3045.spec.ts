import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3045.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1\nCOPY x \"${APP_HOME}\"/x" },
    { code: "FROM a:1\nWORKDIR /app\nCOPY . ." },
    { code: "FROM a:1\nCOPY a /app/" },
    { code: "FROM a:1 AS b\nWORKDIR /x\nFROM b\nCOPY a ." },
    { code: "FROM a:1\nCOPY a $HOME/" },
  ],
  invalid: [
    { code: "FROM a:1\nCOPY a app/", errors: [{ messageId: 'default', line: 2 }] },
    { code: "FROM a:1 AS b\nWORKDIR /x\nFROM c:1\nCOPY a .", errors: [{ messageId: 'default', line: 4 }] },
  ],
});

it("DL3045 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("FROM a:1\nCOPY a app/", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3045')?.message).toBe("`COPY` to a relative destination without `WORKDIR` set.");
});
