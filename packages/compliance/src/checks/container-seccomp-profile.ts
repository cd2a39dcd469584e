import { defineCheck, isPodHolder } from '../engine/check.js';
import { asRecord, mainContainersOf, podOf } from './helpers/util.js';

export const SECCOMP_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/defaultProfileName';

export default defineCheck({
  id: 'container-seccomp-profile',
  name: 'Container Seccomp Profile',
  target: 'Pod',
  optional: true,
  description: 'Makes sure that all pods have at a seccomp policy configured.',
  messages: { noSeccomp: 'The pod has not configured Seccomp for its containers' },
  appliesTo: isPodHolder,
  check(s, ctx) {
    const pod = podOf(s);
    if (SECCOMP_ANNOTATION in pod.annotations) return;
    if (asRecord(pod.spec.securityContext).seccompProfile) return;
    const containers = mainContainersOf(s);
    if (containers.length && containers.every((c) => asRecord(c.securityContext).seccompProfile)) return;
    ctx.report({ messageId: 'noSeccomp', severity: 'medium', resolution: 'Running with a seccomp profile (e.g. RuntimeDefault) reduces the kernel attack surface. Set securityContext.seccompProfile.' });
  },
});
