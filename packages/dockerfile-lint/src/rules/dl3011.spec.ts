import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3011.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "EXPOSE 80 443/tcp" },
    { code: "EXPOSE 8000-8010" },
    { code: "EXPOSE ${PORT}" },
  ],
  invalid: [
    { code: "EXPOSE 80000", errors: [{ messageId: 'default', line: 1 }] },
    { code: "EXPOSE 8000-70000/udp", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
