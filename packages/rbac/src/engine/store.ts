// The RBAC objects of a set of manifests: Roles, ClusterRoles (aggregation resolved), bindings,
// ServiceAccounts, token Secrets and pod templates; and the problems found in them (bad input).
import type { K8sObject } from '@flightcheck/k8s';
import { isSizeProblem, readPolicyRule, type PolicyRule } from './policy-rule.js';
import { resolveAggregation } from './aggregate.js';
import { atomCount } from './covers.js';
import { defaultClusterAdmin, isUnmodelledDefault } from './defaults.js';

export const RBAC_GROUP = 'rbac.authorization.k8s.io';
export const MAX_RULES_PER_ROLE = 5000;
export const MAX_SUBJECTS_PER_BINDING = 5000;
/** Verb × group × resource × name combinations of one rule, and of one role, that the check compares. */
export const MAX_ATOMS_PER_RULE = 20_000;
export const MAX_ATOMS_PER_ROLE = 200_000;

/** One rule with where it was written. */
export interface SourcedRule {
  rule: PolicyRule;
  role: RoleObject;
  index: number;
  line: number;
}

export interface RoleObject {
  kind: 'Role' | 'ClusterRole';
  namespace: string;
  name: string;
  obj: K8sObject;
  /** The rules that take effect (an aggregated ClusterRole: the rules aggregated into it). */
  rules: SourcedRule[];
  written: SourcedRule[];
  aggregationRule?: unknown;
  labels: Record<string, string>;
  /** One of Kubernetes' default roles, added because the manifests refer to it without defining it. */
  builtin?: boolean;
}

export type SubjectKind = 'User' | 'Group' | 'ServiceAccount';

export interface Subject {
  kind: SubjectKind;
  name: string;
  /** ServiceAccount: the namespace it matches ('' = matches nobody). */
  namespace: string;
  line: number;
}

export interface BindingObject {
  kind: 'RoleBinding' | 'ClusterRoleBinding';
  /** '' for a ClusterRoleBinding. */
  namespace: string;
  name: string;
  obj: K8sObject;
  roleRef: { kind: string; name: string; line: number };
  subjects: Subject[];
  /** The role it refers to, when it exists and is of a kind this binding can use. */
  role?: RoleObject;
}

export interface ServiceAccountObject {
  namespace: string;
  name: string;
  obj?: K8sObject;
  /** automountServiceAccountToken as written (undefined = not set, i.e. true). */
  automount?: boolean;
}

export interface TokenSecret {
  namespace: string;
  name: string;
  serviceAccount: string;
  obj: K8sObject;
}

export interface PodUse {
  obj: K8sObject;
  namespace: string;
  serviceAccount: string;
  automount?: boolean;
  line: number;
}

export type IssueKind = 'role-ref-missing' | 'subject-kind-unknown' | 'aggregation-selects-nothing' | 'aggregation-cycle' | 'rbac-object-invalid';

export interface Issue {
  kind: IssueKind;
  obj: K8sObject;
  line: number;
  message: string;
  /** The object is one the API server would accept, but it exceeds a bound and was left out: answers about it cannot be given. */
  unevaluated?: boolean;
  /** The binding refers to one of Kubernetes' default ClusterRoles, which a cluster has although the manifests do not define it. */
  defaultRole?: boolean;
}

export interface RbacStore {
  roles: Map<string, RoleObject>;
  clusterRoles: Map<string, RoleObject>;
  bindings: BindingObject[];
  serviceAccounts: Map<string, ServiceAccountObject>;
  tokenSecrets: TokenSecret[];
  pods: PodUse[];
  namespaces: Set<string>;
  issues: Issue[];
}

const nsOf = (o: K8sObject): string => o.metadata.namespace || 'default';
const strOr = (v: unknown, d = ''): string => (typeof v === 'string' ? v : v === undefined || v === null ? d : String(v));

function readRole(o: K8sObject, issues: Issue[]): RoleObject | undefined {
  const kind = o.kind as 'Role' | 'ClusterRole';
  const name = o.metadata.name;
  if (!name) {
    issues.push({ kind: 'rbac-object-invalid', obj: o, line: o.line, message: `${kind} has no metadata.name: ignored` });
    return undefined;
  }
  const role: RoleObject = { kind, namespace: kind === 'Role' ? nsOf(o) : '', name, obj: o, rules: [], written: [], labels: o.metadata.labels };
  const raw = o.raw.rules;
  if (raw !== undefined && raw !== null && !Array.isArray(raw)) {
    issues.push({ kind: 'rbac-object-invalid', obj: o, line: o.lineOf(['rules']), message: `${kind} ${name}: rules must be a list; it grants nothing` });
  } else if (Array.isArray(raw) && raw.length > MAX_RULES_PER_ROLE) {
    issues.push({ kind: 'rbac-object-invalid', obj: o, line: o.lineOf(['rules']), message: `${kind} ${name} has ${raw.length} rules (more than ${MAX_RULES_PER_ROLE}): not evaluated, so the check cannot vouch for it`, unevaluated: true });
  } else if (Array.isArray(raw)) {
    let total = 0;
    for (const [index, r] of raw.entries()) {
      const rule = readPolicyRule(r);
      const line = o.lineOf(['rules', index]);
      if (typeof rule === 'string') {
        const bound = isSizeProblem(rule);
        issues.push({ kind: 'rbac-object-invalid', obj: o, line, message: `${kind} ${name}: rules[${index}]: ${rule}; ${bound ? 'not evaluated, so the check cannot vouch for the role' : 'the rule grants nothing'}`, ...(bound ? { unevaluated: true } : {}) });
        if (!bound) continue;
        role.written = [];
        break;
      }
      const n = atomCount(rule);
      total += n;
      if (n > MAX_ATOMS_PER_RULE || total > MAX_ATOMS_PER_ROLE) {
        const what = n > MAX_ATOMS_PER_RULE ? `rules[${index}] combines ${n} verb × group × resource × name entries (more than ${MAX_ATOMS_PER_RULE})` : `its rules combine more than ${MAX_ATOMS_PER_ROLE} verb × group × resource × name entries`;
        issues.push({ kind: 'rbac-object-invalid', obj: o, line, message: `${kind} ${name}: ${what}: not evaluated, so the check cannot vouch for it`, unevaluated: true });
        role.written = [];
        break;
      }
      role.written.push({ rule, role, index, line });
    }
  }
  role.rules = role.written;
  if (kind === 'ClusterRole' && o.raw.aggregationRule !== undefined && o.raw.aggregationRule !== null) role.aggregationRule = o.raw.aggregationRule;
  return role;
}

function readBinding(o: K8sObject, issues: Issue[]): BindingObject | undefined {
  const kind = o.kind as 'RoleBinding' | 'ClusterRoleBinding';
  const name = o.metadata.name;
  if (!name) {
    issues.push({ kind: 'rbac-object-invalid', obj: o, line: o.line, message: `${kind} has no metadata.name: ignored` });
    return undefined;
  }
  const namespace = kind === 'RoleBinding' ? nsOf(o) : '';
  const ref = o.raw.roleRef && typeof o.raw.roleRef === 'object' ? (o.raw.roleRef as Record<string, unknown>) : {};
  const b: BindingObject = { kind, namespace, name, obj: o, roleRef: { kind: strOr(ref.kind), name: strOr(ref.name), line: o.lineOf(['roleRef']) }, subjects: [] };
  const subs = o.raw.subjects;
  if (subs !== undefined && subs !== null && !Array.isArray(subs)) {
    issues.push({ kind: 'rbac-object-invalid', obj: o, line: o.lineOf(['subjects']), message: `${kind} ${name}: subjects must be a list; it binds nobody` });
    return b;
  }
  const list = (subs ?? []) as unknown[];
  if (list.length > MAX_SUBJECTS_PER_BINDING) {
    issues.push({ kind: 'rbac-object-invalid', obj: o, line: o.lineOf(['subjects']), message: `${kind} ${name} has ${list.length} subjects (more than ${MAX_SUBJECTS_PER_BINDING}): not evaluated`, unevaluated: true });
    return b;
  }
  list.forEach((s, i) => {
    const line = o.lineOf(['subjects', i]);
    if (!s || typeof s !== 'object') {
      issues.push({ kind: 'rbac-object-invalid', obj: o, line, message: `${kind} ${name}: subjects[${i}] must be a mapping` });
      return;
    }
    const r = s as Record<string, unknown>;
    const k = strOr(r.kind);
    if (k !== 'User' && k !== 'Group' && k !== 'ServiceAccount') {
      issues.push({ kind: 'subject-kind-unknown', obj: o, line, message: `${kind} ${name}: subjects[${i}] has kind ${JSON.stringify(k)}; only User, Group and ServiceAccount exist, so it matches nobody` });
      return;
    }
    let sns = '';
    if (k === 'ServiceAccount') sns = strOr(r.namespace) || namespace;
    b.subjects.push({ kind: k, name: strOr(r.name), namespace: sns, line });
  });
  return b;
}

const MAX_LIST_ITEMS = 200_000;

/** The items of a typed List (RoleList, ClusterRoleBindingList...; v1 List is read by the loader), as objects with their own lines. */
function itemsOf(list: K8sObject, issues: Issue[]): K8sObject[] {
  const items = list.raw.items as unknown[];
  if (items.length > MAX_LIST_ITEMS) {
    issues.push({ kind: 'rbac-object-invalid', obj: list, line: list.line, message: `${list.kind} has more than ${MAX_LIST_ITEMS} items: not evaluated`, unevaluated: true });
    return [];
  }
  const out: K8sObject[] = [];
  items.forEach((item, i) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return;
    const r = item as Record<string, any>;
    const kind = typeof r.kind === 'string' ? r.kind : list.kind.slice(0, -'List'.length);
    const m = r.metadata && typeof r.metadata === 'object' && !Array.isArray(r.metadata) ? (r.metadata as Record<string, unknown>) : {};
    const str = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)])) : {});
    const metadata = { ...m, labels: str(m.labels), annotations: str(m.annotations) } as K8sObject['metadata'];
    for (const k of ['name', 'namespace'] as const) if (m[k] !== undefined && m[k] !== null) metadata[k] = String(m[k]);
    const lineOf = (path: readonly (string | number)[]) => list.lineOf(['items', i, ...path]);
    out.push({ ...list, apiVersion: typeof r.apiVersion === 'string' ? r.apiVersion : list.apiVersion, kind, metadata, raw: r, line: lineOf([]), lineOf, positionOf: (path) => list.positionOf(['items', i, ...path]) } as K8sObject);
  });
  return out;
}

export interface StoreOptions {
  /**
   * Kubernetes' default ClusterRoles exist (the check): cluster-admin with its rules, and a binding to
   * another default (admin, edit, view, system:*) is an issue naming it. Off for the queries, which
   * answer over the given files only.
   */
  defaults?: boolean;
}

/** Builds the store; later objects of the same kind, namespace and name replace earlier ones. */
export function buildStore(input: readonly K8sObject[], options: StoreOptions = {}): RbacStore {
  const issues: Issue[] = [];
  const roles = new Map<string, RoleObject>();
  const clusterRoles = new Map<string, RoleObject>();
  const bindings = new Map<string, BindingObject>();
  const serviceAccounts = new Map<string, ServiceAccountObject>();
  const secrets = new Map<string, TokenSecret>();
  const pods: PodUse[] = [];
  const namespaces = new Set<string>();
  const objects = input.flatMap((o) => (o.kind.endsWith('List') && o.kind !== 'List' && Array.isArray(o.raw.items) ? itemsOf(o, issues) : [o]));
  for (const o of objects) {
    const group = o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '';
    if (o.metadata.namespace) namespaces.add(o.metadata.namespace);
    if (o.kind === 'Namespace' && group === '' && o.metadata.name) namespaces.add(o.metadata.name);
    if (group === RBAC_GROUP && (o.kind === 'Role' || o.kind === 'ClusterRole')) {
      const r = readRole(o, issues);
      if (r) (r.kind === 'Role' ? roles : clusterRoles).set(r.kind === 'Role' ? `${r.namespace}/${r.name}` : r.name, r);
    } else if (group === RBAC_GROUP && (o.kind === 'RoleBinding' || o.kind === 'ClusterRoleBinding')) {
      const b = readBinding(o, issues);
      if (b) bindings.set(`${b.kind}/${b.namespace}/${b.name}`, b);
    } else if (group === '' && o.kind === 'ServiceAccount' && o.metadata.name) {
      const a = o.raw.automountServiceAccountToken;
      serviceAccounts.set(`${nsOf(o)}/${o.metadata.name}`, { namespace: nsOf(o), name: o.metadata.name, obj: o, ...(typeof a === 'boolean' ? { automount: a } : {}) });
    } else if (group === '' && o.kind === 'Secret' && o.raw.type === 'kubernetes.io/service-account-token' && o.metadata.name) {
      const sa = o.metadata.annotations['kubernetes.io/service-account.name'];
      if (sa) secrets.set(`${nsOf(o)}/${o.metadata.name}`, { namespace: nsOf(o), name: o.metadata.name, serviceAccount: sa, obj: o });
    }
    if (o.pod) {
      const spec = o.pod.spec;
      const sa = strOr(spec.serviceAccountName) || strOr(spec.serviceAccount) || 'default';
      const a = spec.automountServiceAccountToken;
      pods.push({ obj: o, namespace: o.pod.namespace || 'default', serviceAccount: sa, ...(typeof a === 'boolean' ? { automount: a } : {}), line: o.lineOf(o.pod.specPath) });
    }
  }
  for (const ns of namespaces) if (!serviceAccounts.has(`${ns}/default`)) serviceAccounts.set(`${ns}/default`, { namespace: ns, name: 'default' });
  if (options.defaults && !clusterRoles.has('cluster-admin')) {
    const admin = readRole(defaultClusterAdmin(), issues)!;
    admin.builtin = true;
    clusterRoles.set(admin.name, admin);
  }
  resolveAggregation(clusterRoles, issues);
  const list = [...bindings.values()];
  for (const b of list) {
    b.role = b.roleRef.kind === 'Role' && b.kind === 'RoleBinding' ? roles.get(`${b.namespace}/${b.roleRef.name}`) : b.roleRef.kind === 'ClusterRole' ? clusterRoles.get(b.roleRef.name) : undefined;
    if (!b.role) {
      const why = b.roleRef.kind === 'Role' && b.kind === 'ClusterRoleBinding' ? 'a ClusterRoleBinding can only refer to a ClusterRole' : b.roleRef.kind !== 'Role' && b.roleRef.kind !== 'ClusterRole' ? `roleRef.kind ${JSON.stringify(b.roleRef.kind)} is neither Role nor ClusterRole` : `${b.roleRef.kind} ${b.roleRef.kind === 'Role' ? `${b.namespace}/` : ''}${b.roleRef.name} does not exist in the manifests`;
      const name = `${b.kind} ${b.namespace ? `${b.namespace}/` : ''}${b.name}`;
      if (options.defaults && b.roleRef.kind === 'ClusterRole' && isUnmodelledDefault(b.roleRef.name)) {
        issues.push({ kind: 'role-ref-missing', obj: b.obj, line: b.roleRef.line, defaultRole: true, message: `${name}: ClusterRole ${b.roleRef.name} is one of Kubernetes' default roles, which every cluster has but the manifests do not define: the binding grants its rules, which the check cannot see, so it cannot vouch for what the subjects hold` });
      } else issues.push({ kind: 'role-ref-missing', obj: b.obj, line: b.roleRef.line, message: `${name}: ${why}; it grants nothing now, and would grant whatever such a role holds once it is created` });
    }
  }
  return { roles, clusterRoles, bindings: list, serviceAccounts, tokenSecrets: [...secrets.values()], pods, namespaces, issues };
}
