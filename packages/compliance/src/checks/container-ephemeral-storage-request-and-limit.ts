import { defineCheck, isPodHolder } from '../engine/check.js';
import { isZeroQuantity } from '../engine/quantity.js';
import { containerName, containersOf, resources } from './helpers/util.js';

export default defineCheck({
  id: 'container-ephemeral-storage-request-and-limit',
  name: 'Container Ephemeral Storage Request and Limit',
  target: 'Pod',
  description: 'Makes sure all pods have ephemeral-storage requests and limits set',
  messages: {
    noContainers: 'No containers defined',
    limit: 'Ephemeral Storage limit is not set',
    request: 'Ephemeral Storage request is not set',
  },
  appliesTo: isPodHolder,
  check(s, ctx) {
    const containers = containersOf(s);
    if (!containers.length) return ctx.report({ messageId: 'noContainers', resolution: 'The pod spec has no containers.' });
    for (const c of containers) {
      const { limits, requests } = resources(c);
      const path = containerName(c);
      if (isZeroQuantity(limits['ephemeral-storage'])) {
        ctx.report({ messageId: 'limit', properties: { path }, resolution: 'A limit keeps the container from filling the node disk. Set resources.limits.ephemeral-storage.' });
      }
      if (isZeroQuantity(requests['ephemeral-storage'])) {
        ctx.report({ messageId: 'request', severity: 'medium', properties: { path }, resolution: 'Set resources.requests.ephemeral-storage so that the scheduler accounts for local disk.' });
      }
    }
  },
});
