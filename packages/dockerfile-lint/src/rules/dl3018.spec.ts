import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3018.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN apk add --no-cache curl=8.0-r0" },
    { code: "RUN apk add --virtual .deps a=1" },
    { code: "RUN apk add ./x.apk" },
    { code: "RUN apk add \"b>1\"" },
  ],
  invalid: [
    { code: "RUN apk add --no-cache curl", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN apk add -t .deps curl", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3018 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN apk add --no-cache curl", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3018')?.message).toBe("Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`");
});
