import { defineCheck, isPodHolder } from '../engine/check.js';
import { unequalContainers } from './helpers/util.js';

export default defineCheck({
  id: 'container-cpu-requests-equal-limits',
  name: 'Container CPU Requests Equal Limits',
  target: 'Pod',
  optional: true,
  description: 'Makes sure that all pods have the same CPU requests as limits set.',
  messages: { unequal: 'CPU requests does not match limits' },
  appliesTo: isPodHolder,
  check(s, ctx) {
    for (const path of unequalContainers(s, 'cpu')) {
      ctx.report({ messageId: 'unequal', properties: { path }, resolution: 'Equal requests and limits give the pod the Guaranteed class. Set resources.requests.cpu equal to resources.limits.cpu.' });
    }
  },
});
