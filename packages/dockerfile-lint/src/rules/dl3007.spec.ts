import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3007.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM debian:12" },
    { code: "FROM debian:latest@sha256:abc" },
  ],
  invalid: [
    { code: "FROM debian:latest", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
