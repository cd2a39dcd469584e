import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3019.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN apk add --no-cache a=1" },
    { code: "RUN --mount=type=cache,target=/var/cache/apk apk add a=1" },
  ],
  invalid: [
    { code: "RUN apk add a=1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN apk update && apk add a=1", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
