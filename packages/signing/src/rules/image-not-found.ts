import { defineRule } from '@flightcheck/core';
import type { SignatureSubject } from './types.js';

export const imageNotFound = defineRule<SignatureSubject, 'notFound'>({
  meta: {
    id: 'image-not-found',
    target: 'image',
    severity: 'high',
    docs: { description: 'The image (digest or tag) does not exist in its registry, so no signature can be checked (cosign exit code 11 or MANIFEST_UNKNOWN).' },
    messages: { notFound: '{{image}} is not in its registry: {{reason}}' },
  },
  check(s, ctx) {
    if (s.verdict?.kind !== 'image-not-found') return;
    ctx.report({
      messageId: 'notFound',
      data: { image: s.digest ? `${s.image} (${s.digest})` : s.image, reason: s.verdict.reason },
      ...(s.location ? { location: s.location } : {}),
      ...(s.object ? { object: s.object } : {}),
      resolution: 'Push the image, or fix the reference to name a digest that exists.',
    });
  },
});
