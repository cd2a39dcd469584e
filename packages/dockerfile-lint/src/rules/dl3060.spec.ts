import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3060.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN yarn install && yarn cache clean" },
    { code: "RUN yarn install --frozen-lockfile && yarn build && yarn cache clean --all" },
    { code: "RUN yarn cache clean && yarn install && yarn cache clean" },
    { code: "RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install" },
    { code: "RUN yarn install && yarn cache clean" },
    { code: "FROM a:1 AS b\nRUN yarn install\nFROM c:1\nCOPY --from=b /x /x" },
    { code: "RUN --mount=type=cache,target=/root/.cache/yarn yarn install" },
  ],
  invalid: [
    { code: "RUN yarn cache clean && yarn install", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN yarn cache clean\nRUN yarn install", errors: [{ messageId: 'default', line: 2 }] },
    { code: "RUN --mount=type=cache,target=/root/.cache/yarn yarn cache clean && yarn install", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN yarn install", errors: [{ messageId: 'default', line: 1 }] },
    { code: "FROM a:1 AS b\nRUN yarn install\nFROM b", errors: [{ messageId: 'default', line: 2 }] },
  ],
});

it("DL3060 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN yarn install", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3060')?.message).toBe("`yarn cache clean` missing after `yarn install` was run.");
});
