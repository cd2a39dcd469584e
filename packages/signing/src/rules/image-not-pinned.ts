import { defineRule } from '@flightcheck/core';
import { parseImageRef } from '../image-ref.js';
import type { ManifestImages } from './types.js';

/** Every container image in a manifest must be pinned by digest: a tag can be moved to other content. */
export const imageNotPinned = defineRule<ManifestImages, 'notPinned' | 'invalid'>({
  meta: {
    id: 'image-not-pinned',
    target: 'Pod',
    severity: 'high',
    docs: {
      description:
        'Every container, init container and ephemeral container image in a manifest (Pods, workload pod templates, CronJobs and pod templates embedded in ConfigMaps) must be pinned by digest (`repo@sha256:…`), so that what runs is what was scanned and signed.',
    },
    messages: {
      notPinned: '{{where}} uses image "{{image}}" without a digest: pin it as <repository>@sha256:<digest> (a tag can be moved to other content)',
      invalid: '{{where}} uses "{{image}}", which is not a valid image reference ({{reason}})',
    },
  },
  check(subject, ctx) {
    for (const img of subject.images) {
      const where = `${img.field === 'containers' ? 'container' : img.field.replace(/Containers$/, ' container')} "${img.container}"${img.embeddedIn ? ` (pod template in ${img.embeddedIn})` : ''}`;
      let digest: string | undefined;
      try {
        digest = parseImageRef(img.image).digest;
      } catch (e) {
        ctx.report({ messageId: 'invalid', data: { where, image: img.image, reason: (e as { reason?: string }).reason ?? (e as Error).message }, location: img.location, object: img.object });
        continue;
      }
      if (digest) continue;
      ctx.report({
        messageId: 'notPinned',
        data: { where, image: img.image },
        location: img.location,
        object: img.object,
        resolution: 'Replace the tag with the digest the image was signed under: `repo@sha256:…` (or `repo:tag@sha256:…`).',
      });
    }
  },
});
