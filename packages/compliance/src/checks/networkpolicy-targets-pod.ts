import { defineCheck } from '../engine/check.js';
import { asRecord, selectorOrFail, specOf } from './helpers/util.js';

export default defineCheck({
  id: 'networkpolicy-targets-pod',
  name: 'NetworkPolicy targets Pod',
  target: 'NetworkPolicy',
  description: 'Makes sure that all NetworkPolicies targets at least one Pod',
  messages: { noPod: 'The NetworkPolicy does not match any pods' },
  appliesTo: (o) => o.kind === 'NetworkPolicy' && o.apiVersion === 'networking.k8s.io/v1',
  check(s, ctx) {
    const spec = specOf(s.object);
    const selector = spec.podSelector ?? {};
    const matches = selectorOrFail(s.object, selector, 'spec.podSelector');
    const ns = s.object.metadata.namespace ?? '';
    const candidates = s.index.pods.candidates(ns, asRecord(selector).matchLabels);
    if (candidates.some((p) => matches(p.pod!.labels))) return;
    ctx.report({ messageId: 'noPod', resolution: 'No Pod or pod template in the namespace has labels that match spec.podSelector: the policy protects nothing.' });
  },
});
