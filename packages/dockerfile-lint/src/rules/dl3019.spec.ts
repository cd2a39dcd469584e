import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3019.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN apk add --no-cache a=1" },
    { code: "RUN --mount=type=cache,target=/var/cache/apk apk add a=1" },
  ],
  invalid: [
    { code: "RUN apk add a=1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN apk update && apk add a=1", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3019 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN apk add a=1", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3019')?.message).toBe("Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages");
});
