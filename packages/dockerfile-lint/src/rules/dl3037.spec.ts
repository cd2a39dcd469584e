import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3037.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN zypper install -y a=1.0" },
    { code: "RUN zypper in -y \"a>=1.0\"" },
    { code: "RUN zypper install -y ./a.rpm" },
  ],
  invalid: [
    { code: "RUN zypper install -y a", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
