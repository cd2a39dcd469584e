import { defineRule } from '@flightcheck/core';
import { matches, reportSecret } from '../helpers/report-secret.js';
import type { ScanSubject } from '../subject.js';

const JWT = /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{16,})/g;

function isJwtHeader(part: string): boolean {
  try {
    const header = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as { alg?: unknown };
    return typeof header.alg === 'string' && header.alg.toLowerCase() !== 'none';
  } catch {
    return false;
  }
}

export const jwt = defineRule<ScanSubject, 'token'>({
  meta: {
    id: 'jwt',
    target: 'file',
    severity: 'high',
    docs: { description: 'Finds signed JSON Web Tokens (header with an `alg`, payload, signature): bearer credentials.' },
    messages: { token: 'signed JWT committed: {{hint}}' },
  },
  check(subject, ctx) {
    if (!subject.text.includes('eyJ')) return;
    for (const { offset, secret } of matches(subject.text, JWT, 1)) {
      if (!isJwtHeader(secret.slice(0, secret.indexOf('.')))) continue;
      reportSecret(subject, ctx, 'token', { offset, secret, resolution: 'remove the token, revoke it (rotate the signing key if it does not expire), and fetch tokens at run time' });
    }
  },
});
