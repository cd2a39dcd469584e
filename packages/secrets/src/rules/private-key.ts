import { defineRule } from '@flightcheck/core';
import { matches, reportSecret } from '../helpers/report-secret.js';
import type { ScanSubject } from '../subject.js';

// a header followed by a real body (base64, possibly with escaped newlines as in JSON): a header alone is documentation
const PRIVATE_KEY = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----((?:\\n|\\r|\s)+[A-Za-z0-9+/=:,\s\\-]{40,}?)-----END /g;

// a base64-encoded PEM block (kubeconfig `client-key-data`, a values file's `tls.key`): "-----BEGIN" encodes as LS0tLS1CRUdJTi
const ENCODED = /(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,65536}={0,2}/g;
const HEADER = /^-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/;

export const privateKey = defineRule<ScanSubject, 'key'>({
  meta: {
    id: 'private-key',
    target: 'file',
    severity: 'critical',
    docs: { description: 'Finds private key blocks (PEM, OpenSSH, PGP) committed to the repository, also base64-encoded (a kubeconfig `client-key-data`, a values file `tls.key`).' },
    messages: { key: '{{type}} committed: {{hint}}' },
  },
  check(subject, ctx) {
    const resolution = 'remove the key, rotate it, and load it at run time from a secret store (Kubernetes Secret via secretKeyRef, a mounted file)';
    if (subject.text.includes('PRIVATE KEY')) {
      for (const { offset, match } of matches(subject.text, PRIVATE_KEY)) {
        reportSecret(subject, ctx, 'key', { offset, secret: match[2]!.replace(/\\[nr]|\s/g, ''), data: { type: match[1]!.toLowerCase() }, resolution });
      }
    }
    if (subject.text.includes('LS0tLS1CRUdJTi')) {
      for (const { offset, secret } of matches(subject.text, ENCODED)) {
        const type = HEADER.exec(Buffer.from(secret.slice(0, 64), 'base64').toString('latin1'))?.[1];
        if (type) reportSecret(subject, ctx, 'key', { offset, secret, data: { type: `${type.toLowerCase()} (base64)` }, resolution });
      }
    }
  },
});
