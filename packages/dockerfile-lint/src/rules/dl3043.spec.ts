import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3043.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "ONBUILD RUN echo hi" },
  ],
  invalid: [
    { code: "ONBUILD FROM debian:12", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ONBUILD ONBUILD RUN x", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ONBUILD MAINTAINER me", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
