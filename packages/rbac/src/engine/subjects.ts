// The subjects a check looks at: every ServiceAccount (declared, the default one of each namespace,
// or named by a binding), and every User and Group a binding names; each with the identity the API
// server would see and the rules it holds per scope.
import { identityOf, saUser, type Authorizer, type Grant, type Identity } from './authorizer.js';
import type { K8sObject } from '../model/manifests.js';
import type { RbacStore } from './store.js';

export interface AnalyzedSubject {
  kind: 'ServiceAccount' | 'User' | 'Group';
  name: string;
  namespace?: string;
  identity: Identity;
  /** `ServiceAccount airflow/airflow-scheduler`, `User alice`, `Group devs`. */
  label: string;
  /** The object that declares it (the ServiceAccount) or the first binding that names it. */
  obj?: K8sObject;
  line?: number;
}

export function subjectKey(s: Pick<AnalyzedSubject, 'kind' | 'name' | 'namespace'>): string {
  return s.kind === 'ServiceAccount' ? saUser(s.namespace!, s.name) : `${s.kind}:${s.name}`;
}

export function listSubjects(store: RbacStore): AnalyzedSubject[] {
  const out = new Map<string, AnalyzedSubject>();
  for (const sa of store.serviceAccounts.values()) {
    const s: AnalyzedSubject = { kind: 'ServiceAccount', name: sa.name, namespace: sa.namespace, identity: identityOf(saUser(sa.namespace, sa.name)), label: `ServiceAccount ${sa.namespace}/${sa.name}` };
    if (sa.obj) {
      s.obj = sa.obj;
      s.line = sa.obj.line;
    }
    out.set(subjectKey(s), s);
  }
  for (const b of store.bindings) {
    for (const sub of b.subjects) {
      if (sub.kind === 'ServiceAccount' && !sub.namespace) continue;
      const base = sub.kind === 'ServiceAccount' ? { kind: sub.kind, name: sub.name, namespace: sub.namespace } : { kind: sub.kind, name: sub.name };
      const key = subjectKey(base);
      if (out.has(key)) continue;
      const identity = sub.kind === 'ServiceAccount' ? identityOf(saUser(sub.namespace, sub.name)) : sub.kind === 'User' ? identityOf(sub.name) : groupMember(sub.name);
      const label = sub.kind === 'ServiceAccount' ? `ServiceAccount ${sub.namespace}/${sub.name}` : `${sub.kind} ${sub.name}`;
      out.set(key, { ...base, identity, label, obj: b.obj, line: sub.line });
    }
  }
  return [...out.values()];
}

/** A member of a group and of nothing else it was not given (authenticated, unless the group is the unauthenticated one). */
export function groupMember(group: string): Identity {
  if (group === 'system:unauthenticated') return { user: 'system:anonymous', groups: [group] };
  return { user: '', groups: [...new Set([group, 'system:authenticated'])] };
}

/** The scopes where the identity holds rules: '' (ClusterRoleBindings) and each namespace with a RoleBinding for it. */
export function scopesOf(auth: Authorizer, id: Identity): string[] {
  const out = new Set<string>();
  for (const e of auth.bindingsFor(id, null)) out.add(e.binding.kind === 'ClusterRoleBinding' ? '' : e.binding.namespace);
  return [...out];
}

/** The rules held per scope ('' = cluster scope: ClusterRoleBindings only). */
export function heldRules(auth: Authorizer, id: Identity, scopes: readonly string[]): Map<string, Grant[]> {
  const m = new Map<string, Grant[]>();
  for (const s of scopes) m.set(s, auth.grantsFor(id, s));
  return m;
}
