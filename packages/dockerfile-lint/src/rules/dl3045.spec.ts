import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3045.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1\nWORKDIR /app\nCOPY . ." },
    { code: "FROM a:1\nCOPY a /app/" },
    { code: "FROM a:1 AS b\nWORKDIR /x\nFROM b\nCOPY a ." },
    { code: "FROM a:1\nCOPY a $HOME/" },
  ],
  invalid: [
    { code: "FROM a:1\nCOPY a app/", errors: [{ messageId: 'default', line: 2 }] },
    { code: "FROM a:1 AS b\nWORKDIR /x\nFROM c:1\nCOPY a .", errors: [{ messageId: 'default', line: 4 }] },
  ],
});
