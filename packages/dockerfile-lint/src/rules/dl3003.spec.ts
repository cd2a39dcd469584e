import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3003.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN echo cd" },
    { code: "WORKDIR /x" },
  ],
  invalid: [
    { code: "RUN cd /tmp && make", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN echo $(cd /x; pwd)", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
