import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3038.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN dnf install -y a-1.0" },
    { code: "RUN microdnf install --assumeyes a-1.0" },
  ],
  invalid: [
    { code: "RUN dnf install a-1.0", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN microdnf install a-1.0", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
