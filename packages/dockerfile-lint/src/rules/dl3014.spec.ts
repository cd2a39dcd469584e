import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3014.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN apt-get install -y a=1" },
    { code: "RUN apt-get -qq install a=1" },
    { code: "RUN apt-get install --assume-yes a=1" },
    { code: "RUN apt-get install -q -q a=1" },
    { code: "RUN apt-get -q=2 install a=1" },
  ],
  invalid: [
    { code: "RUN apt-get install a=1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN apt-get -q install a=1", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
