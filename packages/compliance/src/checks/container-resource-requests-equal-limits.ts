import { defineCheck, isPodHolder } from '../engine/check.js';
import { unequalContainers } from './helpers/util.js';

export default defineCheck({
  id: 'container-resource-requests-equal-limits',
  name: 'Container Resource Requests Equal Limits',
  target: 'Pod',
  optional: true,
  description: 'Makes sure that all pods have the same requests as limits on resources set.',
  messages: { cpu: 'CPU requests does not match limits', memory: 'Memory requests does not match limits' },
  appliesTo: isPodHolder,
  check(s, ctx) {
    for (const path of unequalContainers(s, 'cpu')) ctx.report({ messageId: 'cpu', properties: { path }, resolution: 'Set resources.requests.cpu equal to resources.limits.cpu.' });
    for (const path of unequalContainers(s, 'memory')) ctx.report({ messageId: 'memory', properties: { path }, resolution: 'Set resources.requests.memory equal to resources.limits.memory.' });
  },
});
