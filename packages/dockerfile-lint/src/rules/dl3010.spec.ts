import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3010.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "COPY app.tar.gz /x/\nRUN echo ok" },
    { code: "COPY --from=b app.tar.gz /x/\nRUN tar -xf /x/app.tar.gz" },
    { code: "COPY a.tar.gz /a.tar.gz\nFROM b:1\nRUN tar -xf a.tar.gz" },
  ],
  invalid: [
    { code: "COPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz", errors: [{ messageId: 'default', line: 1 }] },
    { code: "COPY x.zip.gz /t/\nRUN gunzip /t/x.zip.gz", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3010 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("COPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3010')?.message).toBe("Use `ADD` for extracting archives into an image");
});
