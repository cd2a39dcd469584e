import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3000.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "WORKDIR \"/app\"/sub" },
    { code: "WORKDIR \"${HOME}\"/app" },
    { code: "WORKDIR /opt" },
    { code: "WORKDIR $HOME" },
    { code: "WORKDIR \"C:/x\"" },
  ],
  invalid: [
    { code: "WORKDIR opt/app", errors: [{ messageId: 'default', line: 1 }] },
    { code: "WORKDIR \"rel\"", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3000 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("WORKDIR opt/app", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3000')?.message).toBe("Use absolute WORKDIR");
});
