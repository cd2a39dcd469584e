import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3050.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "LABEL foo=1", options: {"labelSchema": {"foo": "text"}, "strictLabels": true} },
  ],
  invalid: [
    { code: "LABEL foo=1 bar=2", options: {"labelSchema": {"foo": "text"}, "strictLabels": true}, errors: [{ messageId: 'default', line: 1 }] },
  ],
});
