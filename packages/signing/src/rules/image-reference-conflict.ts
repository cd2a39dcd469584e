import { defineRule } from '@flightcheck/core';
import type { SignatureSubject } from './types.js';

export const imageReferenceConflict = defineRule<SignatureSubject, 'conflict'>({
  meta: {
    id: 'image-reference-conflict',
    target: 'image',
    severity: 'high',
    docs: {
      description:
        'The reference has a tag and a digest that disagree: the tag now points to other content than the pinned digest. The digest is what runs and what is verified; the tag misleads readers.',
    },
    messages: { conflict: '{{image}}: tag "{{tag}}" points to {{tagDigest}} in the registry, not to the pinned {{digest}}' },
  },
  check(s, ctx) {
    if (!s.tag || !s.digest || !s.tagDigest || s.tagDigest === s.digest) return;
    ctx.report({
      messageId: 'conflict',
      data: { image: s.image, tag: s.tag, tagDigest: s.tagDigest, digest: s.digest },
      ...(s.location ? { location: s.location } : {}),
      ...(s.object ? { object: s.object } : {}),
      resolution: 'Drop the tag or update it to the digest that was signed; never rely on the tag.',
    });
  },
});
