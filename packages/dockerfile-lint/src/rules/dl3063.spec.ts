import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3063.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1 AS build" },
  ],
  invalid: [
    { code: "FROM a:1 AS scratch", errors: [{ messageId: 'default', line: 1 }] },
    { code: "FROM a:1 AS context", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
