// The RBAC authorizer over a store: which bindings apply to a user in a namespace (ClusterRoleBindings
// everywhere, RoleBindings in their own namespace), the rules they grant, and the decision.
import { ruleAllows, type Request, isResourceRequest } from './policy-rule.js';
import type { BindingObject, RbacStore, SourcedRule, Subject } from './store.js';

export interface Identity {
  user: string;
  groups: string[];
}

const SA_PREFIX = 'system:serviceaccount:';

/** The ServiceAccount a username names, as the token authenticator forms it. */
export function serviceAccountOf(user: string): { namespace: string; name: string } | undefined {
  if (!user.startsWith(SA_PREFIX)) return undefined;
  const parts = user.slice(SA_PREFIX.length).split(':');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  return { namespace: parts[0], name: parts[1] };
}

export const saUser = (namespace: string, name: string): string => `${SA_PREFIX}${namespace}:${name}`;

/** The user's groups plus the automatic ones (system:authenticated or, for anonymous, system:unauthenticated; a ServiceAccount's). */
export function identityOf(user: string, groups: readonly string[] = []): Identity {
  const g = new Set(groups);
  g.add(user === 'system:anonymous' ? 'system:unauthenticated' : 'system:authenticated');
  const sa = serviceAccountOf(user);
  if (sa) {
    g.add('system:serviceaccounts');
    g.add(`system:serviceaccounts:${sa.namespace}`);
  }
  return { user, groups: [...g] };
}

/** A rule that applies, with the binding and subject that bring it. */
export interface Grant {
  sourced: SourcedRule;
  binding: BindingObject;
  subject: Subject;
}

interface Entry {
  binding: BindingObject;
  subject: Subject;
}

/** An identity's grants: cluster-wide, its RoleBindings' own per namespace, and both together per such namespace. */
interface IdentityGrants {
  cluster: Grant[];
  own: Map<string, Grant[]>;
  byNamespace: Map<string, Grant[]>;
}

export class Authorizer {
  private byUser = new Map<string, Entry[]>();
  private byGroup = new Map<string, Entry[]>();
  private cache = new Map<string, IdentityGrants>();
  private byIdentity = new WeakMap<Identity, IdentityGrants>();

  constructor(readonly store: RbacStore) {
    const add = (m: Map<string, Entry[]>, k: string, e: Entry) => {
      const l = m.get(k);
      if (l) l.push(e);
      else m.set(k, [e]);
    };
    for (const binding of store.bindings) {
      for (const subject of binding.subjects) {
        if (subject.kind === 'User') add(this.byUser, subject.name, { binding, subject });
        else if (subject.kind === 'Group') add(this.byGroup, subject.name, { binding, subject });
        // a ServiceAccount subject without a namespace in a ClusterRoleBinding matches nobody
        else if (subject.namespace) add(this.byUser, saUser(subject.namespace, subject.name), { binding, subject });
      }
    }
  }

  /** The bindings (and the subject in each) that apply to the identity for a request in `namespace` ('' = cluster scope; null = any namespace). */
  bindingsFor(id: Identity, namespace: string | null): Entry[] {
    const out: Entry[] = [];
    const seen = new Set<BindingObject>();
    const take = (l: Entry[] | undefined) => {
      if (l) for (const e of l) if (!seen.has(e.binding) && (e.binding.kind === 'ClusterRoleBinding' || namespace === null || (namespace !== '' && e.binding.namespace === namespace))) {
        seen.add(e.binding);
        out.push(e);
      }
    };
    take(this.byUser.get(id.user));
    for (const g of id.groups) take(this.byGroup.get(g));
    // ClusterRoleBindings first, as the rule resolver visits them
    return out.sort((a, b) => (a.binding.kind === b.binding.kind ? 0 : a.binding.kind === 'ClusterRoleBinding' ? -1 : 1));
  }

  /** Every rule that applies to the identity in `namespace`, with its provenance. */
  grantsFor(id: Identity, namespace: string): Grant[] {
    const g = this.grantsOf(id);
    return namespace === '' ? g.cluster : (g.byNamespace.get(namespace) ?? g.cluster);
  }

  /**
   * The identity's grants in every namespace at once, from one walk of its bindings: the ClusterRoleBindings' rules
   * (cluster scope, and every namespace where it has no RoleBinding) and, per namespace with RoleBindings, those
   * followed by theirs, in the order bindingsFor gives for that namespace. Asking for N namespaces costs one walk,
   * not N (an analysis asks for every namespace for every subject).
   */
  private grantsOf(id: Identity): IdentityGrants {
    const known = this.byIdentity.get(id);
    if (known) return known;
    const key = `${id.user}\u0000${id.groups.length === 1 ? id.groups[0] : [...id.groups].sort().join('\u0001')}`;
    let g = this.cache.get(key);
    if (!g) {
      const cluster: Grant[] = [];
      const own = new Map<string, Grant[]>();
      for (const { binding, subject } of this.bindingsFor(id, null)) {
        if (!binding.role) continue;
        const into = binding.kind === 'ClusterRoleBinding' ? cluster : (own.get(binding.namespace) ?? own.set(binding.namespace, []).get(binding.namespace)!);
        for (const sourced of binding.role.rules) into.push({ sourced, binding, subject });
      }
      const byNamespace = new Map<string, Grant[]>();
      for (const [ns, grants] of own) if (ns !== '') byNamespace.set(ns, [...cluster, ...grants]);
      g = { cluster, own, byNamespace };
      if (this.cache.size > 100_000) this.cache.clear();
      this.cache.set(key, g);
    }
    this.byIdentity.set(id, g);
    return g;
  }

  /** The namespaces where RoleBindings give the identity rules of their own (elsewhere it has only the cluster-wide ones). */
  namespacesWithRoleBindings(id: Identity): string[] {
    return [...this.grantsOf(id).byNamespace.keys()];
  }

  /** Every rule the identity holds in some namespace or cluster-wide (each once). */
  rulesAnywhere(id: Identity): Grant[] {
    const g = this.grantsOf(id);
    const out = [...g.cluster];
    for (const [ns, grants] of g.own) if (ns !== '') out.push(...grants);
    return out;
  }

  /** The grant that allows the request, or undefined (denied). */
  explain(id: Identity, req: Request): Grant | undefined {
    const ns = isResourceRequest(req) ? req.namespace : '';
    for (const g of this.grantsFor(id, ns)) if (ruleAllows(g.sourced.rule, req)) return g;
    return undefined;
  }

  allowed(id: Identity, req: Request): boolean {
    return this.explain(id, req) !== undefined;
  }

  /** The subjects of every binding that grants the request (who-can). */
  whoCan(req: Request): Grant[] {
    const ns = isResourceRequest(req) ? req.namespace : '';
    const out: Grant[] = [];
    for (const binding of this.store.bindings) {
      if (!binding.role) continue;
      if (binding.kind === 'RoleBinding' && (ns === '' || binding.namespace !== ns)) continue;
      const rule = binding.role.rules.find((r) => ruleAllows(r.rule, req));
      if (!rule) continue;
      for (const subject of binding.subjects) {
        if (subject.kind === 'ServiceAccount' && !subject.namespace) continue;
        out.push({ sourced: rule, binding, subject });
      }
    }
    return out;
  }
}
