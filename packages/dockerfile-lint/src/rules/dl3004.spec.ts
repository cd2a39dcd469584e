import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3004.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN gosu app true" },
  ],
  invalid: [
    { code: "RUN sudo apt-get update", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ONBUILD RUN sudo make install", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
