import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3034.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN zypper install -y a=1" },
    { code: "RUN zypper --non-interactive install a=1" },
    { code: "RUN zypper -n in a=1" },
  ],
  invalid: [
    { code: "RUN zypper install a=1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN zypper rm a", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
