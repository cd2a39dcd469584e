import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3008.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN apt-get install -y curl=8.0" },
    { code: "RUN apt-get install -y ./local.deb" },
    { code: "RUN apt-get install -y -t bookworm-backports curl=1" },
    { code: "RUN apt-get update" },
  ],
  invalid: [
    { code: "RUN apt-get install -y curl", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ONBUILD RUN apt-get install -y curl", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN apt-get update && apt-get install -y a=1 b", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3008 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN apt-get install -y curl", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3008')?.message).toBe("Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`");
});
