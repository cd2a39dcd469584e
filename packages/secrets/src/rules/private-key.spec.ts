import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../engine.js';
import { privateKey } from './private-key.js';

const MARK = ['DO', 'NOT', 'SHIP'].join('-');

testRule(privateKey, parseSubject, {
  valid: ['nothing to see\n', { name: 'a different word', code: 'DO-SHIP\n' }],
  invalid: [
    { code: `ok\nnot ok ${MARK}\n`, errors: [{ messageId: 'marker', line: 2, column: 8 }] },
    { name: 'one finding per line', code: `${MARK}\n${MARK}\n`, errors: 2 },
  ],
});
