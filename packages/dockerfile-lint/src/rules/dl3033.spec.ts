import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3033.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN yum install -y httpd-2.4.6 && yum clean all" },
    { code: "RUN yum install -y ./x.rpm" },
    { code: "RUN yum module install -y nodejs:18" },
    { code: "ARG V=1\nRUN yum install -y httpd-${V}" },
  ],
  invalid: [
    { code: "RUN yum install -y httpd", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN yum module install -y nodejs", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN yum install -y httpd-${V}", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3033 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN yum install -y httpd", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3033')?.message).toBe("Specify version with `yum install -y <package>-<version>`.");
});
