import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3049.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1 AS base\nFROM base\nLABEL foo=1", options: {"labelSchema": {"foo": "text"}} },
    { code: "FROM a:1 AS build\nFROM b:1\nCOPY --from=build /x /x\nLABEL foo=1", options: {"labelSchema": {"foo": "text"}} },
    { code: "FROM a:1 AS b\nLABEL foo=1\nFROM b AS c\nFROM c", options: {"labelSchema": {"foo": "text"}} },
    { code: "FROM a:1\nLABEL foo=bar", options: {"labelSchema": {"foo": "text"}} },
    { code: "FROM a:1 AS b\nLABEL foo=x\nFROM b", options: {"labelSchema": {"foo": "text"}} },
  ],
  invalid: [
    { code: "FROM a:1 AS base\nFROM base AS app\nLABEL foo=1", options: {"labelSchema": {"foo": "text"}}, errors: [{ messageId: 'default', line: 1 }] },
    { code: "FROM a:1 AS base\nFROM base\nFROM base\nLABEL foo=1", options: {"labelSchema": {"foo": "text"}}, errors: [{ messageId: 'default', line: 2 }] },
    { code: "FROM a:1\nLABEL foo=1", options: {"labelSchema": {"foo": "text", "bar": "url"}}, errors: [{ messageId: 'default', line: 1, data: { label: 'bar' } }] },
    { code: "FROM a:1", options: {"labelSchema": {"foo": "text"}}, errors: [{ messageId: 'default', line: 1 }] },
    { code: "FROM a:1\nLABEL bar=1\nFROM b:1\nLABEL foo=1", options: {"labelSchema": {"foo": "text"}}, errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3049 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("FROM a:1", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{"labelSchema": {"foo": "text"}} });
  expect(findings.find((f) => f.ruleId === 'DL3049')?.message).toBe("Label `foo` is missing.");
});
