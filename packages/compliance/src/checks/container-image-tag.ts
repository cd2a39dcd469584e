import { defineCheck, isPodHolder } from '../engine/check.js';
import { containerName, containersOf } from './helpers/util.js';

/** kube-score's tag: the text after the last `:` of the image (so `host:5000/img` has tag `5000/img`). */
export function imageTag(image: unknown): string {
  const s = typeof image === 'string' ? image : '';
  const i = s.lastIndexOf(':');
  return i < 0 ? '' : s.slice(i + 1);
}

export default defineCheck({
  id: 'container-image-tag',
  name: 'Container Image Tag',
  target: 'Pod',
  description: 'Makes sure that a explicit non-latest tag is used',
  messages: { latest: 'Image with latest tag' },
  appliesTo: isPodHolder,
  check(s, ctx) {
    for (const c of containersOf(s)) {
      const tag = imageTag(c.image);
      if (tag === '' || tag === 'latest') {
        ctx.report({ messageId: 'latest', properties: { path: containerName(c) }, resolution: 'Pin an explicit version tag (or a digest) so that a restart never pulls a different image.' });
      }
    }
  },
});
