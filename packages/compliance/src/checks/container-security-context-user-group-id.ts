import { defineCheck, isPodHolder } from '../engine/check.js';
import { asRecord, containerName, containersOf, podOf } from './helpers/util.js';

export default defineCheck({
  id: 'container-security-context-user-group-id',
  name: 'Container Security Context User Group ID',
  target: 'Pod',
  description: 'Makes sure that all pods have a security context with valid UID and GID set ',
  messages: {
    noContext: 'Container has no configured security context',
    lowUser: 'The container is running with a low user ID',
    lowGroup: 'The container running with a low group ID',
  },
  appliesTo: isPodHolder,
  check(s, ctx) {
    const podCtx = podOf(s).spec.securityContext;
    const pod = asRecord(podCtx);
    for (const c of containersOf(s)) {
      const path = containerName(c);
      if (!c.securityContext && !podCtx) {
        ctx.report({ messageId: 'noContext', properties: { path }, resolution: 'Set securityContext with runAsUser and runAsGroup of 10000 or more.' });
        continue;
      }
      const own = asRecord(c.securityContext);
      const user = own.runAsUser ?? pod.runAsUser;
      const group = own.runAsGroup ?? pod.runAsGroup;
      if (typeof user !== 'number' || user < 10000) {
        ctx.report({ messageId: 'lowUser', properties: { path }, resolution: 'A user ID of 10000 or more avoids clashing with users of the host. Set securityContext.runAsUser > 10000.' });
      }
      if (typeof group !== 'number' || group < 10000) {
        ctx.report({ messageId: 'lowGroup', properties: { path }, resolution: 'A group ID of 10000 or more avoids clashing with groups of the host. Set securityContext.runAsGroup > 10000.' });
      }
    }
  },
});
