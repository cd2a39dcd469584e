import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3016.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN npm install" },
    { code: "RUN npm install express@4.18.2" },
    { code: "RUN npm install @scope/pkg@1.0.0" },
    { code: "RUN npm install ./local" },
    { code: "RUN npm install git+https://h/x.git#v1" },
    { code: "RUN npm install x.tgz" },
    { code: "RUN npm ci" },
  ],
  invalid: [
    { code: "RUN npm install express", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN npm install --loglevel verbose @scope/pkg", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN npm install git+https://h/x.git", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3016 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN npm install express", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3016')?.message).toBe("Pin versions in npm. Instead of `npm install <package>` use `npm install <package>@<version>`");
});
