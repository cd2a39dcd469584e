import { defineCheck, isPodHolder } from '../engine/check.js';
import { sameQuantity } from '../engine/quantity.js';
import { containerName, containersOf, resources } from './helpers/util.js';

export default defineCheck({
  id: 'container-ephemeral-storage-request-equals-limit',
  name: 'Container Ephemeral Storage Request Equals Limit',
  target: 'Pod',
  optional: true,
  description: 'Make sure all pods have matching ephemeral-storage requests and limits',
  messages: { unequal: 'Ephemeral Storage request does not match limit' },
  appliesTo: isPodHolder,
  check(s, ctx) {
    for (const c of containersOf(s)) {
      const { limits, requests } = resources(c);
      const req = requests['ephemeral-storage'];
      const lim = limits['ephemeral-storage'];
      if (req === undefined || req === null || lim === undefined || lim === null) continue;
      if (sameQuantity(req, lim)) continue;
      ctx.report({ messageId: 'unequal', properties: { path: containerName(c) }, resolution: 'Set resources.requests.ephemeral-storage equal to resources.limits.ephemeral-storage.' });
    }
  },
});
