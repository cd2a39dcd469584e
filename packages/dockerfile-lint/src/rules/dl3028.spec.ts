import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3028.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN gem install rails:7.1.0" },
    { code: "RUN gem install rails -v 7.1.0" },
    { code: "RUN gem install rails --version=7.1.0" },
    { code: "RUN gem install bundler:2 --no-document" },
  ],
  invalid: [
    { code: "RUN gem install rails", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN gem i rails --no-document", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3028 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN gem install rails", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3028')?.message).toBe("Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`");
});
