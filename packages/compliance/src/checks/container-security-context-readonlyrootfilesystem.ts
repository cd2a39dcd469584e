import { defineCheck, isPodHolder } from '../engine/check.js';
import { asRecord, containerName, containersOf } from './helpers/util.js';

export default defineCheck({
  id: 'container-security-context-readonlyrootfilesystem',
  name: 'Container Security Context ReadOnlyRootFilesystem',
  target: 'Pod',
  description: 'Makes sure that all pods have a security context with read only filesystem set',
  messages: {
    noContext: 'Container has no configured security context',
    writable: 'The pod has a container with a writable root filesystem',
  },
  appliesTo: isPodHolder,
  check(s, ctx) {
    for (const c of containersOf(s)) {
      const path = containerName(c);
      if (!c.securityContext) {
        ctx.report({ messageId: 'noContext', properties: { path }, resolution: 'Set securityContext.readOnlyRootFilesystem: true on the container (the pod-level context has no such field).' });
      } else if (asRecord(c.securityContext).readOnlyRootFilesystem !== true) {
        ctx.report({ messageId: 'writable', properties: { path }, resolution: 'Set securityContext.readOnlyRootFilesystem to true and mount writable volumes where the application must write.' });
      }
    }
  },
});
