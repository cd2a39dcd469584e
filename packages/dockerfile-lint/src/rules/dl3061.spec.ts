import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3061.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "ARG V=1\nFROM a:$V" },
    { code: "# c\nFROM a:1\nRUN x" },
  ],
  invalid: [
    { code: "RUN x\nFROM a:1", errors: [{ messageId: 'default', line: 1 }] },
    { code: "LABEL a=b\nENV x=1\nFROM a:1", errors: [{ messageId: 'default', line: 1 }, { messageId: 'default', line: 2 }] },
  ],
});
