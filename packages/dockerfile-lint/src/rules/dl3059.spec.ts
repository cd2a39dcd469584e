import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3059.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN a\nWORKDIR /\nRUN b" },
    { code: "RUN a && b\nRUN c" },
    { code: "RUN --mount=type=cache,target=/x a\nRUN b" },
  ],
  invalid: [
    { code: "RUN a\nRUN b", errors: [{ messageId: 'default', line: 2 }] },
    { code: "RUN a\n# note\nRUN b", errors: [{ messageId: 'default', line: 3 }] },
  ],
});
