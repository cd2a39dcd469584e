import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3046.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN useradd -l -u 123456 app" },
    { code: "RUN useradd -u 1000 app" },
    { code: "RUN useradd --no-log-init --uid 1234567 app" },
  ],
  invalid: [
    { code: "RUN useradd -u 123456 app", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN useradd --uid=10000000 app", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
