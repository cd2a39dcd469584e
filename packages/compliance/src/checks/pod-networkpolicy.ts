import { defineCheck, isPodHolder } from '../engine/check.js';
import { safeSelector } from '@flightcheck/k8s';
import { podOf, specOf } from './helpers/util.js';

export default defineCheck({
  id: 'pod-networkpolicy',
  name: 'Pod NetworkPolicy',
  target: 'Pod',
  description: 'Makes sure that all Pods are targeted by a NetworkPolicy',
  messages: {
    none: 'The pod does not have a matching NetworkPolicy',
    noIngress: 'The pod does not have a matching ingress NetworkPolicy',
    noEgress: 'The pod does not have a matching egress NetworkPolicy',
  },
  appliesTo: isPodHolder,
  check(s, ctx) {
    const pod = podOf(s);
    let ingress = false;
    let egress = false;
    for (const np of s.index.netpols.candidates(pod.namespace, pod.labels)) {
      const spec = specOf(np);
      if (!safeSelector(spec.podSelector ?? {})(pod.labels)) continue;
      const types: unknown[] = Array.isArray(spec.policyTypes) ? spec.policyTypes : [];
      if (!types.length) {
        ingress = true;
        if (Array.isArray(spec.egress) && spec.egress.length) egress = true;
      } else {
        if (types.includes('Ingress')) ingress = true;
        if (types.includes('Egress')) egress = true;
      }
      if (ingress && egress) return;
    }
    const help = 'Create a NetworkPolicy that selects this pod to control what may talk to it and what it may reach (the cluster network plugin must enforce NetworkPolicies).';
    if (!ingress && !egress) return ctx.report({ messageId: 'none', resolution: help });
    if (!ingress) ctx.report({ messageId: 'noIngress', severity: 'medium', resolution: help });
    if (!egress) ctx.report({ messageId: 'noEgress', severity: 'medium', resolution: help });
  },
});
