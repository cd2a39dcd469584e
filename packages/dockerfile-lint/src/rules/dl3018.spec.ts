import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3018.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN apk add --no-cache curl=8.0-r0" },
    { code: "RUN apk add --virtual .deps a=1" },
    { code: "RUN apk add ./x.apk" },
    { code: "RUN apk add \"b>1\"" },
  ],
  invalid: [
    { code: "RUN apk add --no-cache curl", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN apk add -t .deps curl", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
