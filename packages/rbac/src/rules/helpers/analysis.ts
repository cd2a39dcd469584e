// What every rule looks at: the store, the authorizer, the subjects, their escalations and, when the
// policy declares needs, the least-privilege comparison.
import type { ObjectRef } from '@flightcheck/core';
import type { Authorizer } from '../../engine/authorizer.js';
import type { AnalyzedEscalation, EscalationAnalysis } from '../../engine/closure.js';
import { uncovered } from '../../engine/covers.js';
import type { Relativize } from '../../engine/explain.js';
import type { LeastPrivilege } from '../../engine/least-privilege.js';
import type { RbacStore } from '../../engine/store.js';
import type { AnalyzedSubject } from '../../engine/subjects.js';
import type { K8sObject } from '../../model/manifests.js';
import type { Need } from '../../needs.js';

export interface RbacAnalysis {
  store: RbacStore;
  auth: Authorizer;
  subjects: AnalyzedSubject[];
  escalations: EscalationAnalysis;
  /** Undefined when the policy declares no needs. */
  needs?: Need[];
  leastPrivilege?: LeastPrivilege;
  rel: Relativize;
  /** The policy file the needs come from. */
  policyFile?: string;
}

export const objectRef = (o: K8sObject): ObjectRef => ({
  apiVersion: o.apiVersion,
  kind: o.kind,
  ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}),
  ...(o.metadata.name ? { name: o.metadata.name } : {}),
});

export const subjectRef = (s: AnalyzedSubject): ObjectRef => ({
  ...(s.kind === 'ServiceAccount' ? { apiVersion: 'v1' } : {}),
  kind: s.kind,
  ...(s.namespace ? { namespace: s.namespace } : {}),
  name: s.name,
});

/** Every permission the step uses is declared in the subject's needs. */
export function declared(a: RbacAnalysis, e: AnalyzedEscalation): boolean {
  if (!a.needs || e.subject.kind !== 'ServiceAccount') return false;
  const mine = a.needs.filter((n) => n.namespace === e.subject.namespace && n.name === e.subject.name);
  return e.via.every((v) => {
    const r = v.request;
    const atom = { verbs: [r.verb], apiGroups: [r.apiGroup], resources: [r.subresource ? `${r.resource}/${r.subresource}` : r.resource], resourceNames: r.name ? [r.name] : [], nonResourceURLs: [] };
    return uncovered(mine.filter((n) => n.scope === r.namespace).flatMap((n) => n.rules), [atom], 1).length === 0;
  });
}

/**
 * The escalations of a kind worth a finding: those reaching rights the subject does not hold, and the
 * ones dangerous by themselves (Secrets, exec...) unless the subject's declared need includes them.
 */
export function reportable(a: RbacAnalysis, kind: string): AnalyzedEscalation[] {
  const out: AnalyzedEscalation[] = [];
  for (const list of a.escalations.bySubject.values()) for (const e of list) if (e.kind === kind && (e.beyondOwn || (e.inherent && !declared(a, e)))) out.push(e);
  return out;
}
