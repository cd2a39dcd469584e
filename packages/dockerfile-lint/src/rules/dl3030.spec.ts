import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3030.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN yum install -y a-1.0" },
    { code: "RUN yum install --assumeyes a-1.0" },
  ],
  invalid: [
    { code: "RUN yum install a-1.0", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN yum groupinstall \"Dev Tools\"", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
