import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3014.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN apt-get install -y a=1" },
    { code: "RUN apt-get -qq install a=1" },
    { code: "RUN apt-get install --assume-yes a=1" },
    { code: "RUN apt-get install -q -q a=1" },
    { code: "RUN apt-get -q=2 install a=1" },
  ],
  invalid: [
    { code: "RUN apt-get install a=1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN apt-get -q install a=1", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3014 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN apt-get install a=1", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3014')?.message).toBe("Use the `-y` switch to avoid manual input `apt-get -y install <package>`");
});
