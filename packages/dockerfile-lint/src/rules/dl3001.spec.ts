import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3001.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN apt-get install -y procps" },
    { code: "RUN echo ps" },
  ],
  invalid: [
    { code: "RUN ps aux", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN echo a && (vim x)", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ONBUILD RUN top", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3001 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN ps aux", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3001')?.message).toBe("For some bash commands it makes no sense running them in a Docker container like `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`");
});
