import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3066.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "ARG UID=1\nARG GID=1\nUSER \"${UID}\":\"${GID}\"" },
    { code: "USER \"1000\":0" },
    { code: "USER 50000" },
    { code: "USER 1000:0" },
    { code: "ARG UID=1\nUSER ${UID}" },
  ],
  invalid: [
    { code: "USER airflow", errors: [{ messageId: 'default', line: 1 }] },
    { code: "USER $NOPE", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3066 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("USER airflow", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3066')?.message).toBe("Non-numeric user-id may not be resolvable by host system");
});
