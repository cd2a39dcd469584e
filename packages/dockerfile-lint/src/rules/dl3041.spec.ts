import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3041.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN dnf install -y httpd-2.4.6" },
    { code: "RUN dnf module install -y nodejs:18" },
    { code: "RUN dnf group install -y \"Dev\"" },
  ],
  invalid: [
    { code: "RUN dnf install -y httpd", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN microdnf install -y httpd", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
