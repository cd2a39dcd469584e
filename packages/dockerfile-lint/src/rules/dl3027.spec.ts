import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3027.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN apt-get install -y a=1" },
    { code: "RUN apt-cache policy" },
  ],
  invalid: [
    { code: "RUN apt install a", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ONBUILD RUN apt update", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
