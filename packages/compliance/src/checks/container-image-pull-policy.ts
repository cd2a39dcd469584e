import { defineCheck, isPodHolder } from '../engine/check.js';
import { imageTag } from './container-image-tag.js';
import { containerName, containersOf } from './helpers/util.js';

export default defineCheck({
  id: 'container-image-pull-policy',
  name: 'Container Image Pull Policy',
  target: 'Pod',
  description: 'Makes sure that the pullPolicy is set to Always. This makes sure that imagePullSecrets are always validated.',
  messages: { notAlways: 'ImagePullPolicy is not set to Always' },
  appliesTo: isPodHolder,
  check(s, ctx) {
    for (const c of containersOf(s)) {
      const policy = c.imagePullPolicy;
      const tag = imageTag(c.image);
      // Kubernetes defaults the policy to Always for untagged and :latest images.
      if ((policy === undefined || policy === null || policy === '') && (tag === '' || tag === 'latest')) continue;
      if (policy === 'Always') continue;
      ctx.report({ messageId: 'notAlways', properties: { path: containerName(c) }, resolution: 'Set imagePullPolicy: Always so that the image pull secrets are checked on every start.' });
    }
  },
});
