import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3044.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "ENV A=1\nENV B=${A}" },
    { code: "ENV A=1 B=2" },
    { code: "ARG A\nENV A=1 B=$A" },
    { code: "ENV A=1 B=$AB" },
  ],
  invalid: [
    { code: "ENV A=1 B=${A}", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ENV A=1 B=\"x $A y\"", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
