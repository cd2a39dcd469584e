import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3015.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN apt-get install -y --no-install-recommends a=1" },
    { code: "RUN apt-get install -y -o APT::Install-Recommends=false a=1" },
  ],
  invalid: [
    { code: "RUN apt-get install -y a=1", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
