import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3001.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN apt-get install -y procps" },
    { code: "RUN echo ps" },
  ],
  invalid: [
    { code: "RUN ps aux", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN echo a && (vim x)", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ONBUILD RUN top", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
