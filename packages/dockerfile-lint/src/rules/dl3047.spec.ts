import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3047.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN wget --progress=dot:giga http://x" },
    { code: "RUN wget -q http://x" },
    { code: "RUN wget -nv http://x" },
    { code: "RUN wget -qO- http://x" },
  ],
  invalid: [
    { code: "RUN wget http://x", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN wget -O /x http://x", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3047 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN wget http://x", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3047')?.message).toBe("Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).");
});
