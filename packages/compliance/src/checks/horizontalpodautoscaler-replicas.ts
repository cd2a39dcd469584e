import { defineCheck, isKind } from '../engine/check.js';
import { specOf } from './helpers/util.js';

export default defineCheck({
  id: 'horizontalpodautoscaler-replicas',
  name: 'HorizontalPodAutoscaler Replicas',
  target: 'HorizontalPodAutoscaler',
  description: 'Makes sure that the HPA has multiple replicas',
  messages: { fewReplicas: 'HPA few replicas' },
  appliesTo: isKind('HorizontalPodAutoscaler'),
  check(s, ctx) {
    const min = specOf(s.object).minReplicas;
    if ((typeof min === 'number' ? min : 1) >= s.options.minReplicasHpa) return;
    ctx.report({ messageId: 'fewReplicas', severity: 'medium', resolution: `Set spec.minReplicas to at least ${s.options.minReplicasHpa} (--min-replicas-hpa) so that one pod going away does not take the service down.` });
  },
});
