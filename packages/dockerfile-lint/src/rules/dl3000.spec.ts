import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3000.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "WORKDIR /opt" },
    { code: "WORKDIR $HOME" },
    { code: "WORKDIR \"C:/x\"" },
  ],
  invalid: [
    { code: "WORKDIR opt/app", errors: [{ messageId: 'default', line: 1 }] },
    { code: "WORKDIR \"rel\"", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
