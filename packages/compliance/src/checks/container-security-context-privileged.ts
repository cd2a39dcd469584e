import { defineCheck, isPodHolder } from '../engine/check.js';
import { asRecord, containerName, containersOf } from './helpers/util.js';

export default defineCheck({
  id: 'container-security-context-privileged',
  name: 'Container Security Context Privileged',
  target: 'Pod',
  description: 'Makes sure that all pods have a unprivileged security context set',
  messages: { privileged: 'The container is privileged' },
  appliesTo: isPodHolder,
  check(s, ctx) {
    for (const c of containersOf(s)) {
      if (asRecord(c.securityContext).privileged !== true) continue;
      ctx.report({ messageId: 'privileged', properties: { path: containerName(c) }, resolution: 'Set securityContext.privileged to false: a privileged container can use every device of the host.' });
    }
  },
});
