import type { CheckSubject } from '../../engine/check.js';
import type { RuleContext } from '@flightcheck/core';
import { podOf, replicasOf, selectorOrFail, specOf } from './util.js';

/** Shared by deployment- and statefulset-has-poddisruptionbudget. */
export function checkHasPdb(s: CheckSubject, ctx: RuleContext<'noPdb'>): void {
  const replicas = replicasOf(s.object);
  if (replicas !== undefined && replicas < 2) return s.skip(`Skipped because the ${s.object.kind} has a replica count less than 2`);
  const pod = podOf(s);
  const matches = (pdb: CheckSubject['object']) => selectorOrFail(pdb, specOf(pdb).selector ?? null, 'spec.selector')(pod.labels);
  if (s.index.pdbs.candidates(pod.namespace, pod.labels).some(matches)) return;
  const elsewhere = s.index.pdbs
    .namespaces()
    .filter((ns) => ns !== pod.namespace && s.index.pdbs.candidates(ns, pod.labels).some(matches));
  const extra = elsewhere.length ? ` A matching budget was found, but in a different namespace. expected='${pod.namespace}' got='[${elsewhere.join(' ')}]'` : '';
  ctx.report({
    messageId: 'noPdb',
    resolution: `A PodDisruptionBudget keeps enough pods running while nodes are drained for maintenance. Add one whose selector matches the pod labels.${extra}`,
  });
}
