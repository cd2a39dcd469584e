import { defineCheck, isKind } from '../engine/check.js';
import { specOf } from './helpers/util.js';

export default defineCheck({
  id: 'poddisruptionbudget-has-policy',
  name: 'PodDisruptionBudget has policy',
  target: 'PodDisruptionBudget',
  description: 'Makes sure that PodDisruptionBudgets specify minAvailable or maxUnavailable',
  messages: { noPolicy: 'PodDisruptionBudget missing policy' },
  appliesTo: isKind('PodDisruptionBudget'),
  check(s, ctx) {
    const spec = specOf(s.object);
    if ((spec.minAvailable ?? null) !== null || (spec.maxUnavailable ?? null) !== null) return;
    ctx.report({ messageId: 'noPolicy', resolution: 'Set spec.minAvailable or spec.maxUnavailable.' });
  },
});
