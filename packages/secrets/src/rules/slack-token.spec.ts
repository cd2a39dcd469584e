import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { slackToken } from './slack-token.js';

const TOKEN = ['xoxb', '2847561930', '5738291046', 'Qk7vR2mZ9pL4xN8tW1cY6hJd'].join('-');
const HOOK = ['https://hooks.slack.com/services', 'T0A1B2C3D', 'B9Z8Y7X6W', 'q7Vd9LxP2mZk4Rt8Wc1Y'].join('/');

testRule(slackToken, parseSubject, {
  valid: ['nothing', { name: 'low entropy', code: 'xoxb-000000-000000-aaaaaaaa' }],
  invalid: [
    { code: `SLACK=${TOKEN}`, errors: [{ messageId: 'token', line: 1, column: 7 }] },
    { code: `url: ${HOOK}`, errors: [{ messageId: 'webhook', line: 1 }] },
  ],
});
