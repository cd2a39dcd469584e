import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3035.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN zypper update -y" },
  ],
  invalid: [
    { code: "RUN zypper dist-upgrade -y", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN zypper dup", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
