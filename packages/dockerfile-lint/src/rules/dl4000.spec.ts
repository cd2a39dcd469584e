import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl4000.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "LABEL maintainer=me" },
  ],
  invalid: [
    { code: "MAINTAINER me", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
