import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3032.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN yum install -y a-1.0 && yum clean all" },
    { code: "RUN yum install -y a-1.0 && rm -rf /var/cache/yum/*" },
  ],
  invalid: [
    { code: "RUN yum install -y a-1.0", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN yum clean all && yum install -y a-1.0", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
