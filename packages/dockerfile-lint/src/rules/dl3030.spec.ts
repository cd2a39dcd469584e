import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3030.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN yum install -y a-1.0" },
    { code: "RUN yum install --assumeyes a-1.0" },
  ],
  invalid: [
    { code: "RUN yum install a-1.0", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN yum groupinstall \"Dev Tools\"", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3030 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN yum install a-1.0", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3030')?.message).toBe("Use the -y switch to avoid manual input `yum install -y <package>`");
});
