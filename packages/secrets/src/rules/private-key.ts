import { defineRule } from '@flightcheck/core';
import { matches, reportSecret } from '../helpers/report-secret.js';
import type { ScanSubject } from '../subject.js';

// a header followed by a real body (base64, possibly with escaped newlines as in JSON): a header alone is documentation
const PRIVATE_KEY = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----((?:\\n|\\r|\s)+[A-Za-z0-9+/=:,\s\\-]{40,}?)-----END /g;

export const privateKey = defineRule<ScanSubject, 'key'>({
  meta: {
    id: 'private-key',
    target: 'file',
    severity: 'critical',
    docs: { description: 'Finds private key blocks (PEM, OpenSSH, PGP) committed to the repository.' },
    messages: { key: '{{type}} committed: {{hint}}' },
  },
  check(subject, ctx) {
    if (!subject.text.includes('PRIVATE KEY')) return;
    for (const { offset, match } of matches(subject.text, PRIVATE_KEY)) {
      reportSecret(subject, ctx, 'key', { offset, secret: match[2]!.replace(/\\[nr]|\s/g, ''), data: { type: match[1]!.toLowerCase() }, resolution: 'remove the key, rotate it, and load it at run time from a secret store (Kubernetes Secret via secretKeyRef, a mounted file)' });
    }
  },
});
