import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3066.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "USER 50000" },
    { code: "USER 1000:0" },
    { code: "ARG UID=1\nUSER ${UID}" },
  ],
  invalid: [
    { code: "USER airflow", errors: [{ messageId: 'default', line: 1 }] },
    { code: "USER $NOPE", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
