import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3065.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM --platform=$BUILDPLATFORM a:1" },
    { code: "FROM a:1" },
  ],
  invalid: [
    { code: "FROM --platform=$TARGETPLATFORM a:1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "FROM --platform=${TARGETPLATFORM} a:1", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
