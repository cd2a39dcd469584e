import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3042.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN --mount=type=cache,target=\"/root/.cache/pip\" pip install a==1" },
    { code: "RUN pip install --no-cache-dir a==1" },
    { code: "ENV PIP_NO_CACHE_DIR=1\nRUN pip install a==1" },
    { code: "RUN PIP_NO_CACHE_DIR=true pip install a==1" },
    { code: "RUN --mount=type=cache,target=/root/.cache/pip pip install a==1" },
    { code: "RUN pipx install a==1" },
    { code: "FROM a:1 AS b\nENV PIP_NO_CACHE_DIR=yes\nFROM b\nRUN pip install x==1" },
  ],
  invalid: [
    { code: "RUN pip install a==1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ENV PIP_NO_CACHE_DIR=0\nRUN pip install a==1", errors: [{ messageId: 'default', line: 2 }] },
  ],
});

it("DL3042 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN pip install a==1", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3042')?.message).toBe("Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`");
});
