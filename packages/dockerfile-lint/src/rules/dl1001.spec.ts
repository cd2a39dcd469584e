import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl1001.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM debian:12\n# hadolint global ignore=DL3003\nRUN cd /x" },
    { code: "# just a comment\nFROM debian:12" },
  ],
  invalid: [
    { code: "FROM debian:12\n# hadolint ignore=DL3003\nRUN cd /x", errors: [{ messageId: 'default', line: 2 }] },
  ],
});
