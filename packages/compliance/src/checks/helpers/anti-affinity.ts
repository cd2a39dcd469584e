import type { RuleContext } from '@flightcheck/core';
import type { CheckSubject } from '../../engine/check.js';
import { safeSelector } from '@flightcheck/k8s';
import { asRecord, podOf, replicasOf } from './util.js';

export const HOST_TOPOLOGY_KEYS = new Set([
  'kubernetes.io/hostname',
  'topology.kubernetes.io/region',
  'topology.kubernetes.io/zone',
  'failure-domain.beta.kubernetes.io/region',
  'failure-domain.beta.kubernetes.io/zone',
]);

/** Shared by deployment- and statefulset-has-host-podantiaffinity. */
export function checkHostAntiAffinity(s: CheckSubject, ctx: RuleContext<'noAntiAffinity'>): void {
  const replicas = replicasOf(s.object);
  if (replicas !== undefined && replicas < 2) return s.skip(`Skipped because the ${s.object.kind} has a replica count less than 2`);
  const pod = podOf(s);
  const anti = asRecord(asRecord(pod.spec.affinity).podAntiAffinity);
  const list = (v: unknown) => (Array.isArray(v) ? v.map(asRecord) : []);
  const terms = [
    ...list(anti.requiredDuringSchedulingIgnoredDuringExecution),
    ...list(anti.preferredDuringSchedulingIgnoredDuringExecution).map((w) => asRecord(w.podAffinityTerm)),
  ];
  if (terms.some((t) => HOST_TOPOLOGY_KEYS.has(String(t.topologyKey ?? '')) && safeSelector(t.labelSelector ?? null)(pod.labels))) return;
  ctx.report({
    messageId: 'noAntiAffinity',
    severity: 'medium',
    resolution: `A podAntiAffinity on a host or zone topology key, whose labelSelector matches the pod labels, keeps the replicas of the ${s.object.kind} off a single node.`,
  });
}
