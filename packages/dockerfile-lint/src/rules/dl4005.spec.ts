import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl4005.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN ln -s /bin/bash /usr/local/bin/bash" },
  ],
  invalid: [
    { code: "RUN ln -sf /bin/bash /bin/sh", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ONBUILD RUN ln -s /bin/bash /bin/sh", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
