import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3064.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "ARG VERSION=1" },
    { code: "ENV PATH=/x" },
  ],
  invalid: [
    { code: "ARG GITHUB_TOKEN", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ENV DB_PASSWORD=x", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ARG AWS_ACCESS_KEY_ID", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
