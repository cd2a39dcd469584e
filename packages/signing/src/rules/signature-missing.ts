import { defineRule } from '@flightcheck/core';
import type { SignatureSubject } from './types.js';

export const signatureMissing = defineRule<SignatureSubject, 'missing'>({
  meta: {
    id: 'signature-missing',
    target: 'image',
    severity: 'high',
    docs: { description: 'The image has no cosign signature in its registry (cosign exit code 10, "no signatures found").' },
    messages: { missing: '{{image}} has no cosign signature: {{reason}}' },
  },
  check(s, ctx) {
    if (s.verdict?.kind !== 'missing') return;
    ctx.report({
      messageId: 'missing',
      data: { image: s.digest ? `${s.image} (${s.digest})` : s.image, reason: s.verdict.reason },
      ...(s.location ? { location: s.location } : {}),
      ...(s.object ? { object: s.object } : {}),
      resolution: 'Sign the image by digest (`flightcheck sign --image REPO@sha256:… --key cosign.key`, the `sign` target on main) or pin a digest that was signed.',
    });
  },
});
