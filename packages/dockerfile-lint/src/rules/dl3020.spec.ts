import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3020.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "ADD \"${DIST}\"/app.tar.gz /opt/" },
    { code: "ADD app.tar.gz /opt/" },
    { code: "ADD https://example.com/x /x" },
    { code: "COPY a /a" },
  ],
  invalid: [
    { code: "ADD \"${SRC}\"/app.py /opt/", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ADD app.py /app/", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ADD a.tar.gz b.txt /x/", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3020 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("ADD app.py /app/", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3020')?.message).toBe("Use COPY instead of ADD for files and folders");
});
