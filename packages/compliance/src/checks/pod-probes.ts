import { defineCheck, isBatchJob, isPodHolder } from '../engine/check.js';
import { GRADES } from '../engine/types.js';
import { containersOf, servicesSelecting } from './helpers/util.js';

export default defineCheck({
  id: 'pod-probes',
  name: 'Pod Probes',
  target: 'Pod',
  description: 'Makes sure that all Pods have safe probe configurations',
  messages: {
    noReadiness: 'Container is missing a readinessProbe',
    noLiveness: 'Container is missing a livenessProbe',
  },
  appliesTo: isPodHolder,
  check(s, ctx) {
    if (isBatchJob(s.object)) return;
    if (!servicesSelecting(s).length) return s.skip('The pod is not targeted by a service, skipping probe checks.', GRADES.OK);
    const containers = containersOf(s);
    if (!containers.some((c) => c.readinessProbe)) {
      return ctx.report({
        messageId: 'noReadiness',
        resolution: 'A readinessProbe tells the Service when the pod can take traffic; without one it gets traffic while it is still starting, and a broken rollout is not stopped.',
      });
    }
    if (!containers.some((c) => c.livenessProbe)) {
      ctx.report({
        messageId: 'noLiveness',
        severity: 'low',
        resolution: 'A livenessProbe restarts a container that hangs without exiting. Add one only if the application can deadlock, and make it differ from the readinessProbe.',
      });
    }
  },
});
