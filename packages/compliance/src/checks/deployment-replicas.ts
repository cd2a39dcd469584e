import { defineCheck, isAppsV1 } from '../engine/check.js';
import { replicasOf, servicesSelecting } from './helpers/util.js';

export default defineCheck({
  id: 'deployment-replicas',
  name: 'Deployment Replicas',
  target: 'Deployment',
  description: 'Makes sure that Deployment has multiple replicas',
  messages: { fewReplicas: 'Deployment few replicas' },
  appliesTo: isAppsV1('Deployment'),
  check(s, ctx) {
    const o = s.object;
    if (!servicesSelecting(s).length) return s.skip('Skipped as the Deployment is not targeted by service');
    const ns = o.metadata.namespace ?? '';
    const hpa = s.index.hpasTargeting(ns, o.kind, o.metadata.name ?? '').some((h) => {
      const ref = h.raw.spec?.scaleTargetRef ?? {};
      return ref.apiVersion === o.apiVersion && ref.kind === o.kind && ref.name === o.metadata.name;
    });
    if (hpa) return s.skip('Skipped as the Deployment is controlled by a HorizontalPodAutoscaler');
    const replicas = replicasOf(o) ?? 1;
    if (replicas >= s.options.minReplicasDeployment) return;
    ctx.report({
      messageId: 'fewReplicas',
      severity: 'medium',
      resolution: `Deployments behind a Service should run at least ${s.options.minReplicasDeployment} replicas (--min-replicas-deployment) so that one pod going away does not take the service down.`,
    });
  },
});
