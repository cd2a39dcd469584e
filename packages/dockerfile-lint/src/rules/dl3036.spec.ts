import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3036.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN zypper install -y a=1 && zypper clean" },
    { code: "RUN --mount=type=cache,target=/var/cache/zypp zypper in -y a=1" },
  ],
  invalid: [
    { code: "RUN zypper install -y a=1", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
