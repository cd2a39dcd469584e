import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3021.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "COPY a b /x/" },
    { code: "COPY a /x" },
    { code: "COPY [\"a\", \"b\", \"/x/\"]" },
  ],
  invalid: [
    { code: "COPY a b /x", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
