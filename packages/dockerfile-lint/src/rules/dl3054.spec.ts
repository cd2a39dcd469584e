import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3054.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "LABEL license=Apache-2.0", options: {"labelSchema": {"license": "spdx"}} },
    { code: "LABEL license=MIT", options: {"labelSchema": {"license": "spdx"}} },
  ],
  invalid: [
    { code: "LABEL license=Apache2", options: {"labelSchema": {"license": "spdx"}}, errors: [{ messageId: 'default', line: 1 }] },
  ],
});
