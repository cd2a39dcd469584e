import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl4005.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN ln -s /bin/bash /usr/local/bin/bash" },
  ],
  invalid: [
    { code: "RUN ln -sf /bin/bash /bin/sh", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ONBUILD RUN ln -s /bin/bash /bin/sh", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL4005 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN ln -sf /bin/bash /bin/sh", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL4005')?.message).toBe("Use SHELL to change the default shell");
});
