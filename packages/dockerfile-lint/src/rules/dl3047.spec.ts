import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3047.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN wget --progress=dot:giga http://x" },
    { code: "RUN wget -q http://x" },
    { code: "RUN wget -nv http://x" },
    { code: "RUN wget -qO- http://x" },
  ],
  invalid: [
    { code: "RUN wget http://x", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN wget -O /x http://x", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
