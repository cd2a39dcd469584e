import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl4004.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1\nENTRYPOINT [\"a\"]\nFROM b:1\nENTRYPOINT [\"b\"]" },
  ],
  invalid: [
    { code: "FROM a:1\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]", errors: [{ messageId: 'default', line: 3 }] },
  ],
});

it("DL4004 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("FROM a:1\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL4004')?.message).toBe("Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect");
});
