import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3032.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN yum install -y a-1 && yum install -y b-1 && yum clean all" },
    { code: "RUN yum clean all && yum install -y a-1 && rm -rf /var/cache/yum/*" },
    { code: "RUN yum install -y a-1.0 && yum clean all" },
    { code: "RUN yum install -y a-1.0 && rm -rf /var/cache/yum/*" },
  ],
  invalid: [
    { code: "RUN rm -rf /var/cache/yum/* && yum install -y a-1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN yum install -y a-1.0", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN yum clean all && yum install -y a-1.0", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3032 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN yum install -y a-1.0", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3032')?.message).toBe("`yum clean all` missing after yum command.");
});
