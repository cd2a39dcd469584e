import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl4003.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1\nCMD [\"a\"]\nFROM b:1\nCMD [\"b\"]" },
  ],
  invalid: [
    { code: "FROM a:1\nCMD [\"a\"]\nCMD [\"b\"]", errors: [{ messageId: 'default', line: 3 }] },
  ],
});

it("DL4003 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("FROM a:1\nCMD [\"a\"]\nCMD [\"b\"]", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL4003')?.message).toBe("Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect");
});
