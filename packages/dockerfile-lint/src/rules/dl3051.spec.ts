import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3051.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "LABEL foo=1", options: {"labelSchema": {"foo": "text"}} },
    { code: "LABEL other=\"\"", options: {"labelSchema": {"foo": "text"}} },
  ],
  invalid: [
    { code: "LABEL foo=\"\"", options: {"labelSchema": {"foo": "text"}}, errors: [{ messageId: 'default', line: 1 }] },
  ],
});
