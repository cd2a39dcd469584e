import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3009.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    // as hadolint 2.15: the lists may be removed anywhere in the RUN (no ordering, unlike DL3032/DL3036/DL3040/DL3060)
    { code: "FROM a:1\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y a=1" },
    { code: "FROM a:1\nRUN aptitude update && aptitude install -y a=1 && rm -rf /var/lib/apt/lists/*" },
    { code: "RUN apt-get update && apt-get install -y a=1 && rm -rf /var/lib/apt/lists/*" },
    { code: "FROM a:1 AS build\nRUN apt-get update\nFROM b:1\nCOPY --from=build /x /x" },
    { code: "RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update" },
  ],
  invalid: [
    { code: "FROM a:1\nRUN apt-get update && apt-get install -y a=1", errors: [{ messageId: 'default', line: 2 }] },
    { code: "FROM a:1 AS base\nRUN apt-get update\nFROM base", errors: [{ messageId: 'default', line: 2 }] },
  ],
});

it("DL3009 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("FROM a:1\nRUN apt-get update && apt-get install -y a=1", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3009')?.message).toBe("Delete the apt lists (/var/lib/apt/lists) after installing something");
});
