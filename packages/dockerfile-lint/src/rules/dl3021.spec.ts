import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3021.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "COPY \"${HOME}\"/README.ipynb /home/app" },
    { code: "COPY --chown=1000 \"${SRC}\"/a.txt\"\" /x" },
    { code: "COPY my\\ file.txt /x" },
    { code: "COPY \"a b\" /x" },
    { code: "COPY a b /x/" },
    { code: "COPY a /x" },
    { code: "COPY [\"a\", \"b\", \"/x/\"]" },
  ],
  invalid: [
    { code: "COPY \"${HOME}\"/a \"${HOME}\"/b /x", errors: [{ messageId: 'default', line: 1 }] },
    { code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY C:\\a C:\\b C:\\dst", errors: [{ messageId: 'default', line: 3 }] },
    { code: "COPY a b /x", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3021 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("COPY a b /x", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3021')?.message).toBe("COPY with more than 2 arguments requires the last argument to end with /");
});
