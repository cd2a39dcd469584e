import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3029.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM debian:12" },
    { code: "FROM --platform=$BUILDPLATFORM debian:12" },
  ],
  invalid: [
    { code: "FROM --platform=linux/amd64 debian:12", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
