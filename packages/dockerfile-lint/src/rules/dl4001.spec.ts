import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl4001.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN curl -fsSL x" },
    { code: "FROM a:1\nRUN curl x\nFROM b:1\nRUN wget x" },
  ],
  invalid: [
    { code: "RUN curl x\nRUN wget y", errors: [{ messageId: 'default', line: 2 }] },
    { code: "RUN curl x && wget y", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
