import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3067.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1 AS b\nFROM c:1\nCOPY --from=b /app /app" },
    { code: "COPY / /" },
  ],
  invalid: [
    { code: "FROM a:1 AS b\nFROM c:1\nCOPY --from=b / /", errors: [{ messageId: 'default', line: 3 }] },
  ],
});
