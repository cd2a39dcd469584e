import { defineCheck, isPodHolder } from '../engine/check.js';
import { asRecord, podOf } from './helpers/util.js';

/** The first problem of a constraint, or undefined. */
export function constraintProblem(c: Record<string, any>): string | undefined {
  if (!c.labelSelector) return 'labelSelector is not set';
  if (!c.maxSkew) return 'maxSkew must be greater than 0';
  if (c.minDomains !== undefined && c.minDomains !== null && c.minDomains === 0) return 'minDomains must be greater than 0 when set';
  if (!c.topologyKey) return 'topologyKey is not set';
  if (c.whenUnsatisfiable !== 'DoNotSchedule' && c.whenUnsatisfiable !== 'ScheduleAnyway') return 'whenUnsatisfiable must be DoNotSchedule or ScheduleAnyway';
  return undefined;
}

export default defineCheck({
  id: 'pod-topology-spread-constraints',
  name: 'Pod Topology Spread Constraints',
  target: 'Pod',
  description: 'Pod Topology Spread Constraints',
  messages: { invalid: 'Pod Topology Spread Constraints' },
  appliesTo: isPodHolder,
  check(s, ctx) {
    const list = podOf(s).spec.topologySpreadConstraints;
    if (!Array.isArray(list) || !list.length) return s.note('Pod Topology Spread Constraints', 'No Pod Topology Spread Constraints set, kube-scheduler defaults assumed');
    for (const c of list) {
      const problem = constraintProblem(asRecord(c));
      if (problem) return ctx.report({ messageId: 'invalid', properties: { path: String(asRecord(c).topologyKey ?? '') }, resolution: `Invalid topology spread constraint: ${problem}.` });
    }
    s.note('Pod Topology Spread Constraints', 'Pod Topology Spread Constraints are valid');
  },
});
