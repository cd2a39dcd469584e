import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3008.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN apt-get install -y curl=8.0" },
    { code: "RUN apt-get install -y ./local.deb" },
    { code: "RUN apt-get install -y -t bookworm-backports curl=1" },
    { code: "RUN apt-get update" },
  ],
  invalid: [
    { code: "RUN apt-get install -y curl", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ONBUILD RUN apt-get install -y curl", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN apt-get update && apt-get install -y a=1 b", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
