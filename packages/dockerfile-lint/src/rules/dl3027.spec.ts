import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3027.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN apt-get install -y a=1" },
    { code: "RUN apt-cache policy" },
  ],
  invalid: [
    { code: "RUN apt install a", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ONBUILD RUN apt update", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3027 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN apt install a", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3027')?.message).toBe("Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead");
});
