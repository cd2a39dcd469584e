import { defineRule } from '@flightcheck/core';
import type { SignatureSubject } from './types.js';

export const signatureMismatch = defineRule<SignatureSubject, 'mismatch'>({
  meta: {
    id: 'signature-mismatch',
    target: 'image',
    severity: 'high',
    docs: {
      description:
        'The image has signatures, but none verifies against the repository\'s public key: signed with another key, tampered with, or a signature copied from other content (cosign exit code 12, "no matching signatures").',
    },
    messages: { mismatch: '{{image}}: no signature verifies against {{key}} ({{found}}): {{reason}}' },
  },
  check(s, ctx) {
    if (s.verdict?.kind !== 'mismatch') return;
    const found = s.artifacts.length ? `found ${s.artifacts.map((a) => `${a.kind} ${a.reference}`).join(', ')}` : 'signatures found';
    ctx.report({
      messageId: 'mismatch',
      data: { image: s.digest ? `${s.image} (${s.digest})` : s.image, key: s.key, found, reason: s.verdict.reason },
      ...(s.location ? { location: s.location } : {}),
      ...(s.object ? { object: s.object } : {}),
      resolution: 'Check that the image was signed with the key whose public half is in the repository, and that the digest is the one that was signed; re-sign it if the signature was altered.',
      properties: { artifacts: s.artifacts },
    });
  },
});
