import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3020.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "ADD app.tar.gz /opt/" },
    { code: "ADD https://example.com/x /x" },
    { code: "COPY a /a" },
  ],
  invalid: [
    { code: "ADD app.py /app/", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ADD a.tar.gz b.txt /x/", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
