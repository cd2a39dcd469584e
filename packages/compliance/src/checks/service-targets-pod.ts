import { defineCheck } from '../engine/check.js';
import { stringMap } from '@flightcheck/k8s';
import { matchesMap } from '@flightcheck/k8s';
import { specOf } from './helpers/util.js';

export default defineCheck({
  id: 'service-targets-pod',
  name: 'Service Targets Pod',
  target: 'Service',
  description: 'Makes sure that all Services targets a Pod',
  messages: { noPod: 'The services selector does not match any pods' },
  appliesTo: (o) => o.kind === 'Service' && o.apiVersion === 'v1',
  check(s, ctx) {
    const spec = specOf(s.object);
    if (spec.type === 'ExternalName') return;
    const selector = stringMap(spec.selector);
    const ns = s.object.metadata.namespace ?? '';
    if (s.index.pods.candidates(ns, selector).some((p) => matchesMap(selector, p.pod!.labels))) return;
    ctx.report({ messageId: 'noPod', resolution: 'No Pod or pod template in the namespace has labels that match spec.selector.' });
  },
});
