import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3048.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "LABEL org.opencontainers.image.title=\"x\"" },
    { code: "LABEL maintainer=me version=1" },
  ],
  invalid: [
    { code: "LABEL Foo=bar", errors: [{ messageId: 'default', line: 1 }] },
    { code: "LABEL com.docker.x=1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "LABEL a..b=1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "LABEL a-=1", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
