import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { githubToken } from './github-token.js';

const TOKEN = ['ghp', '_', 'R8mK2xQ7vL9pZ4tN6wB1cY3hJ5dF0gS2aE7u'].join('');

testRule(githubToken, parseSubject, {
  valid: ['nothing', { name: 'low entropy', code: `ghp_${'a'.repeat(36)}` }, { name: 'too short', code: 'ghp_abc123' }],
  invalid: [
    { code: `export GITHUB_TOKEN=${TOKEN}\n`, errors: [{ messageId: 'token', line: 1, column: 21 }] },
    { name: 'fine-grained', code: `token: github_pat_${'11ABCDEFG0'}${'q7Vd9LxP2mZk4Rt8'.repeat(4)}`, errors: 1 },
  ],
});
