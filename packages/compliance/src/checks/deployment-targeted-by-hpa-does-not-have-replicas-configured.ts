import { defineCheck, isAppsV1 } from '../engine/check.js';
import { GRADES } from '../engine/types.js';
import { replicasOf } from './helpers/util.js';

export default defineCheck({
  id: 'deployment-targeted-by-hpa-does-not-have-replicas-configured',
  name: 'Deployment targeted by HPA does not have replicas configured',
  target: 'Deployment',
  description: 'Makes sure that Deployments using a HorizontalPodAutoscaler doesn\'t have a statically configured replica count set',
  messages: { staticReplicas: 'The deployment is targeted by a HPA, but a static replica count is configured in the DeploymentSpec' },
  appliesTo: isAppsV1('Deployment'),
  check(s, ctx) {
    const o = s.object;
    if (!s.index.hpasTargeting(o.metadata.namespace ?? '', o.kind, o.metadata.name ?? '').length) {
      return s.skip('Skipped because the deployment is not targeted by a HorizontalPodAutoscaler', GRADES.OK);
    }
    if (replicasOf(o) === undefined) return;
    ctx.report({ messageId: 'staticReplicas', resolution: 'Remove spec.replicas: every apply resets the replica count the HPA chose.' });
  },
});
