import { defineCheck, isPodHolder } from '../engine/check.js';
import { unequalContainers } from './helpers/util.js';

export default defineCheck({
  id: 'container-memory-requests-equal-limits',
  name: 'Container Memory Requests Equal Limits',
  target: 'Pod',
  optional: true,
  description: 'Makes sure that all pods have the same memory requests as limits set.',
  messages: { unequal: 'Memory requests does not match limits' },
  appliesTo: isPodHolder,
  check(s, ctx) {
    for (const path of unequalContainers(s, 'memory')) {
      ctx.report({ messageId: 'unequal', properties: { path }, resolution: 'Equal requests and limits avoid the node running out of memory during spikes. Set resources.requests.memory equal to resources.limits.memory.' });
    }
  },
});
