import { defineCheck, isKind } from '../engine/check.js';
import { asRecord, specOf } from './helpers/util.js';

export default defineCheck({
  id: 'horizontalpodautoscaler-has-target',
  name: 'HorizontalPodAutoscaler has target',
  target: 'HorizontalPodAutoscaler',
  description: 'Makes sure that the HPA targets a valid object',
  messages: { noTarget: 'The HPA target does not match anything' },
  appliesTo: isKind('HorizontalPodAutoscaler'),
  check(s, ctx) {
    const ref = asRecord(specOf(s.object).scaleTargetRef);
    const found = s.index.find(s.object.metadata.namespace ?? '', String(ref.apiVersion ?? ''), String(ref.kind ?? ''), String(ref.name ?? ''));
    if (found.length) return;
    ctx.report({ messageId: 'noTarget', resolution: `No ${String(ref.apiVersion ?? '')} ${String(ref.kind ?? '')} named "${String(ref.name ?? '')}" is in the namespace of the HPA.` });
  },
});
