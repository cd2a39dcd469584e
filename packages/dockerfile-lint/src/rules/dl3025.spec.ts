import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3025.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "CMD [\"a\", \"b\"]" },
    { code: "ENTRYPOINT [\"/bin/app\"]" },
    { code: "HEALTHCHECK CMD [\"true\"]" },
    { code: "HEALTHCHECK NONE" },
  ],
  invalid: [
    { code: "CMD a b", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ENTRYPOINT /bin/app", errors: [{ messageId: 'default', line: 1 }] },
    { code: "HEALTHCHECK --interval=5s CMD curl -f http://x/", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
