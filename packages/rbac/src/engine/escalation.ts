// Direct escalation steps of one subject: the permissions that let it act as another identity, gain a
// role, or reach beyond RBAC (Secrets, kubelets, admission, certificates). Each step records the
// requests it uses and the grant that allows each one.
import { saUser, type Authorizer, type Grant } from './authorizer.js';
import { covers, FULL_ACCESS } from './covers.js';
import { apiGroupMatches, resourceMatches, verbMatches, type PolicyRule, type ResourceRequest } from './policy-rule.js';
import { RBAC_GROUP, type RbacStore, type RoleObject } from './store.js';
import type { AnalyzedSubject } from './subjects.js';
import type { K8sObject } from '@flightcheck/k8s';

export const ESCALATION_KINDS = [
  'secrets-read', 'pod-create', 'workload-create', 'pod-exec', 'pod-attach', 'pod-portforward', 'pod-ephemeral-containers', 'pod-patch',
  'serviceaccount-token-create', 'impersonate', 'role-bind', 'role-escalate', 'rolebinding-write', 'nodes-proxy', 'csr-approve', 'admission-webhook-write',
] as const;
export type EscalationKind = (typeof ESCALATION_KINDS)[number];

export interface Carrier {
  obj: K8sObject;
  line: number;
  /** `holds its token`, `runs with its token`, `is declared`. */
  what: string;
}

export interface Via {
  request: ResourceRequest;
  grant: Grant;
}

export interface Escalation {
  kind: EscalationKind;
  subject: AnalyzedSubject;
  /** The namespace it applies in; '' = every namespace (a ClusterRoleBinding) or cluster scope. */
  scope: string;
  via: Via[];
  /** Usernames whose rights it gains. */
  gains: string[];
  /** For a gained username, the object that carries its identity (the token Secret, a pod running as it, the ServiceAccount). */
  carriers?: Map<string, Carrier>;
  /** Roles it can grant itself or extend, with the rules that brings. */
  roles: { role: RoleObject; scope: string; rules: PolicyRule[] }[];
  /** What it reaches in words. */
  effect: string;
  /** Dangerous by itself, whatever the identities gained hold (Secrets' contents, kubelets, admission...). */
  inherent: boolean;
  /** Reaches everything directly (system:masters, cluster-admin's rules). */
  clusterAdmin: boolean;
}

const ANY_NAME = '\u0000flightcheck:any';
const WORKLOADS: [string, string][] = [['apps', 'deployments'], ['apps', 'replicasets'], ['apps', 'statefulsets'], ['apps', 'daemonsets'], ['batch', 'jobs'], ['batch', 'cronjobs'], ['', 'replicationcontrollers']];
const ADMISSION = ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations', 'mutatingadmissionpolicies', 'mutatingadmissionpolicybindings', 'validatingadmissionpolicies', 'validatingadmissionpolicybindings'];

export function requestText(r: ResourceRequest): string {
  const res = `${r.resource}${r.subresource ? `/${r.subresource}` : ''}${r.apiGroup ? `.${r.apiGroup}` : ''}`;
  return `${r.verb} ${res}${r.name && r.name !== ANY_NAME ? ` ${r.name}` : ''} ${r.namespace ? `in ${r.namespace}` : 'cluster-wide'}`;
}

/** Computes the direct escalation steps of a subject. */
export function directEscalations(subject: AnalyzedSubject, auth: Authorizer, store: RbacStore): Escalation[] {
  const id = subject.identity;
  const out: Escalation[] = [];
  const namespaces = [...store.namespaces].sort();
  // every rule the subject holds anywhere: a cheap test before probing name by name
  const anywhere: PolicyRule[] = [];
  for (const ns of ['', ...namespaces]) for (const g of auth.grantsFor(id, ns)) anywhere.push(g.sourced.rule);
  // nothing to gain for a subject that already holds everything (cluster-admin-binding reports it)
  if (!anywhere.length || covers(auth.grantsFor(id, '').map((g) => g.sourced.rule), [FULL_ACCESS])) return out;
  const maybeCache = new Map<string, boolean>();
  const verbsHeld = new Set(anywhere.flatMap((r) => r.verbs));
  const resourcesHeld = new Set(anywhere.flatMap((r) => r.resources));
  const maybe = (verb: string, group: string, resource: string, sub: string): boolean => {
    // most probes ask for a verb or a resource the subject holds nowhere
    if (!verbsHeld.has('*') && !verbsHeld.has(verb)) return false;
    if (!resourcesHeld.has('*') && !resourcesHeld.has(sub ? `${resource}/${sub}` : resource) && !(sub && resourcesHeld.has(`*/${sub}`))) return false;
    const key = `${verb}\u0000${group}\u0000${resource}\u0000${sub}`;
    let v = maybeCache.get(key);
    if (v === undefined) {
      const combined = sub ? `${resource}/${sub}` : resource;
      v = anywhere.some((r) => verbMatches(r, verb) && apiGroupMatches(r, group) && resourceMatches(r, combined, sub));
      maybeCache.set(key, v);
    }
    return v;
  };
  const probe = (verb: string, apiGroup: string, resource: string, subresource: string, namespace: string, name = ''): Via | undefined => {
    if (!maybe(verb, apiGroup, resource, subresource)) return undefined;
    const request = { verb, apiGroup, resource, subresource, name, namespace };
    const grant = auth.explain(id, request);
    return grant ? { request, grant } : undefined;
  };
  const first = (verbs: string[], group: string, resource: string, sub: string, ns: string, name = ''): Via | undefined => {
    for (const v of verbs) {
      const x = probe(v, group, resource, sub, ns, name);
      if (x) return x;
    }
    return undefined;
  };
  const sasIn = (scope: string): string[] => serviceAccountsByNamespace(store).get(scope) ?? [];
  const podSAsIn = (scope: string): { gains: string[]; carriers: Map<string, Carrier> } => {
    // the same for every subject: shared, so that the closure can share what they reach too
    let byScope = podsWithToken.get(store);
    if (!byScope) podsWithToken.set(store, (byScope = new Map()));
    const known = byScope.get(scope);
    if (known) return known;
    const carriers = new Map<string, Carrier>();
    for (const p of store.pods) {
      if (scope !== '' && p.namespace !== scope) continue;
      const sa = store.serviceAccounts.get(`${p.namespace}/${p.serviceAccount}`);
      const mounted = p.automount ?? sa?.automount ?? true;
      const u = saUser(p.namespace, p.serviceAccount);
      if (mounted && !carriers.has(u)) carriers.set(u, { obj: p.obj, line: p.line, what: 'runs with its token' });
    }
    const v = { gains: [...carriers.keys()], carriers };
    byScope.set(scope, v);
    return v;
  };
  const declaredIn = (scope: string): Map<string, Carrier> => declaredServiceAccounts(store).get(scope) ?? new Map();
  const where = (scope: string) => (scope ? `in ${scope}` : 'in every namespace');
  const add = (e: Omit<Escalation, 'subject' | 'roles' | 'clusterAdmin'> & Partial<Pick<Escalation, 'roles' | 'clusterAdmin'>>) =>
    out.push({ roles: [], clusterAdmin: false, ...e, subject });
  // per scope: cluster-wide first; a namespace only when the cluster-wide probe found nothing
  const scoped = (fn: (scope: string) => boolean) => {
    if (fn('')) return;
    for (const ns of namespaces) fn(ns);
  };

  if (['get', 'list', 'watch'].some((v) => maybe(v, '', 'secrets', ''))) scoped((scope) => {
    const via: Via[] = [];
    for (const v of ['get', 'list', 'watch']) {
      const x = probe(v, '', 'secrets', '', scope);
      if (x) via.push(x);
    }
    const gains = new Set<string>();
    const carriers = new Map<string, Carrier>();
    for (const t of store.tokenSecrets) {
      if (scope && t.namespace !== scope) continue;
      const x = via.find((v) => v.request.verb !== 'get') ?? via[0] ?? probe('get', '', 'secrets', '', scope, t.name);
      if (!x) continue;
      if (!via.includes(x)) via.push(x);
      const u = saUser(t.namespace, t.serviceAccount);
      gains.add(u);
      if (!carriers.has(u)) carriers.set(u, { obj: t.obj, line: t.obj.line, what: 'holds its token' });
    }
    if (!via.length) return false;
    add({ kind: 'secrets-read', scope, via, gains: [...gains], carriers, inherent: true, effect: `reads Secrets ${where(scope)}${gains.size ? ', among them the ServiceAccount tokens of ' + [...gains].join(', ') : ''}` });
    return true;
  });
  if (maybe('create', '', 'pods', '')) scoped((scope) => {
    const x = probe('create', '', 'pods', '', scope);
    if (!x) return false;
    add({ kind: 'pod-create', scope, via: [x], gains: sasIn(scope), carriers: declaredIn(scope), inherent: false, effect: `creates pods ${where(scope)}, and a pod may run as any ServiceAccount of its namespace` });
    return true;
  });
  if (WORKLOADS.some(([g, r]) => ['create', 'update', 'patch'].some((v) => maybe(v, g, r, '')))) scoped((scope) => {
    const via: Via[] = [];
    for (const [g, r] of WORKLOADS) {
      const x = first(['create', 'update', 'patch'], g, r, '', scope);
      if (x) via.push(x);
    }
    if (!via.length) return false;
    add({ kind: 'workload-create', scope, via, gains: sasIn(scope), carriers: declaredIn(scope), inherent: false, effect: `writes pod-owning workloads ${where(scope)}; their controllers create pods that may run as any ServiceAccount of the namespace` });
    return true;
  });
  const podSub = (kind: EscalationKind, verbs: string[], sub: string, inherent: boolean, effect: string) =>
    verbs.some((v) => maybe(v, '', 'pods', sub)) &&
    scoped((scope) => {
      const x = first(verbs, '', 'pods', sub, scope);
      if (!x) return false;
      const { gains, carriers } = kind === 'pod-portforward' ? { gains: [], carriers: new Map<string, Carrier>() } : podSAsIn(scope);
      add({ kind, scope, via: [x], gains, carriers, inherent, effect: `${effect} ${where(scope)}` });
      return true;
    });
  podSub('pod-exec', ['create', 'get'], 'exec', true, 'runs commands in the running pods, with their tokens, mounted Secrets and environment,');
  podSub('pod-attach', ['create', 'get'], 'attach', true, 'attaches to the running containers (their input and output)');
  podSub('pod-portforward', ['create', 'get'], 'portforward', true, 'opens connections to any port of the pods, past every NetworkPolicy,');
  podSub('pod-ephemeral-containers', ['update', 'patch'], 'ephemeralcontainers', true, 'adds containers of its own choosing to running pods (their tokens and volumes)');
  podSub('pod-patch', ['update', 'patch'], '', true, "changes the images of running pods' containers, which then run with those pods' tokens and Secrets,");

  if (maybe('create', '', 'serviceaccounts', 'token')) scoped((scope) => {
    const via: Via[] = [];
    const gains: string[] = [];
    for (const sa of knownServiceAccounts(store)) {
      if (scope && sa.namespace !== scope) continue;
      const x = probe('create', '', 'serviceaccounts', 'token', scope, sa.name);
      if (!x) continue;
      if (!via.some((v) => v.grant.sourced === x.grant.sourced)) via.push(x);
      gains.push(saUser(sa.namespace, sa.name));
    }
    if (!via.length) return false;
    add({ kind: 'serviceaccount-token-create', scope, via, gains, carriers: declaredIn(scope), inherent: false, effect: `mints tokens for ServiceAccounts ${where(scope)}` });
    return true;
  });

  if (['users', 'groups', 'serviceaccounts'].some((r) => maybe('impersonate', '', r, '')) || ['userextras', 'uids'].some((r) => maybe('impersonate', 'authentication.k8s.io', r, ''))) impersonation(subject, store, probe, add);
  if (['rolebindings', 'clusterrolebindings', 'roles', 'clusterroles'].some((r) => ['create', 'update', 'patch'].some((v) => maybe(v, RBAC_GROUP, r, '')))) roleWrites(subject, auth, store, namespaces, probe, first, add, maybe);

  const nodes = first(['get', 'create', 'update', 'patch', 'delete'], '', 'nodes', 'proxy', '');
  if (nodes) add({ kind: 'nodes-proxy', scope: '', via: [nodes], gains: [], inherent: true, effect: "talks to every node's kubelet API: runs commands in any pod on any node, kube-system's included" });

  const approval = probe('update', 'certificates.k8s.io', 'certificatesigningrequests', 'approval', '');
  const status = probe('update', 'certificates.k8s.io', 'certificatesigningrequests', 'status', '');
  for (const [verb, w] of [['approve', approval], ['sign', status]] as const) {
    if (!w) continue;
    const client = probe(verb, 'certificates.k8s.io', 'signers', '', '', 'kubernetes.io/kube-apiserver-client');
    let any = client ?? probe(verb, 'certificates.k8s.io', 'signers', '', '', ANY_NAME);
    for (const r of anywhere) if (!any && r.resources.includes('signers')) for (const n of r.resourceNames) any ??= probe(verb, 'certificates.k8s.io', 'signers', '', '', n);
    if (!any) continue;
    add({ kind: 'csr-approve', scope: '', via: [w, any], gains: [], inherent: true, clusterAdmin: Boolean(client), effect: `${verb === 'approve' ? 'approves' : 'signs'} certificate requests${client ? ' for kube-apiserver client certificates: a certificate for any user in any group, system:masters included' : ''}` });
  }

  const hooks: Via[] = [];
  for (const r of ADMISSION) {
    const x = first(['create', 'update', 'patch'], 'admissionregistration.k8s.io', r, '', '');
    if (x) hooks.push(x);
  }
  if (hooks.length) add({ kind: 'admission-webhook-write', scope: '', via: hooks, gains: [], inherent: true, effect: 'writes admission configuration: sees or rewrites every object written to the API (Secrets, pods, roles) or blocks them' });
  return out;
}

const podsWithToken = new WeakMap<RbacStore, Map<string, { gains: string[]; carriers: Map<string, Carrier> }>>();
const known = new WeakMap<RbacStore, { namespace: string; name: string; obj?: K8sObject }[]>();
/**
 * The ServiceAccounts that may exist: those declared (and each namespace's default), and those a binding
 * names in a namespace (created elsewhere, they are still there for a pod to name).
 */
function knownServiceAccounts(store: RbacStore): { namespace: string; name: string; obj?: K8sObject }[] {
  let l = known.get(store);
  if (l) return l;
  const m = new Map<string, { namespace: string; name: string; obj?: K8sObject }>();
  for (const sa of store.serviceAccounts.values()) m.set(`${sa.namespace}/${sa.name}`, sa);
  for (const b of store.bindings) for (const s of b.subjects) if (s.kind === 'ServiceAccount' && s.namespace && s.name && !m.has(`${s.namespace}/${s.name}`)) m.set(`${s.namespace}/${s.name}`, { namespace: s.namespace, name: s.name });
  known.set(store, (l = [...m.values()]));
  return l;
}

const declared = new WeakMap<RbacStore, Map<string, Map<string, Carrier>>>();
/** Per namespace ('' = all), the ServiceAccount objects of the manifests by username. */
function declaredServiceAccounts(store: RbacStore): Map<string, Map<string, Carrier>> {
  let m = declared.get(store);
  if (m) return m;
  m = new Map([['', new Map()]]);
  for (const sa of store.serviceAccounts.values()) {
    if (!sa.obj) continue;
    const c: Carrier = { obj: sa.obj, line: sa.obj.line, what: 'is declared' };
    const u = saUser(sa.namespace, sa.name);
    m.get('')!.set(u, c);
    let here = m.get(sa.namespace);
    if (!here) m.set(sa.namespace, (here = new Map()));
    here.set(u, c);
  }
  declared.set(store, m);
  return m;
}

const byNamespace = new WeakMap<RbacStore, Map<string, string[]>>();
/** The usernames of the ServiceAccounts per namespace ('' = all of them). */
function serviceAccountsByNamespace(store: RbacStore): Map<string, string[]> {
  let m = byNamespace.get(store);
  if (m) return m;
  m = new Map([['', []]]);
  for (const sa of knownServiceAccounts(store)) {
    const u = saUser(sa.namespace, sa.name);
    m.get('')!.push(u);
    const l = m.get(sa.namespace);
    if (l) l.push(u);
    else m.set(sa.namespace, [u]);
  }
  byNamespace.set(store, m);
  return m;
}

type Probe = (verb: string, apiGroup: string, resource: string, subresource: string, namespace: string, name?: string) => Via | undefined;
type Add = (e: Omit<Escalation, 'subject' | 'roles' | 'clusterAdmin'> & Partial<Pick<Escalation, 'roles' | 'clusterAdmin'>>) => void;

function impersonation(subject: AnalyzedSubject, store: RbacStore, probe: Probe, add: Add): void {
  const via: Via[] = [];
  const gains: string[] = [];
  const users = new Set<string>();
  const groups = new Set<string>(['system:masters']);
  for (const b of store.bindings) for (const s of b.subjects) (s.kind === 'User' ? users : s.kind === 'Group' ? groups : new Set()).add(s.name);
  // users named only where impersonation is allowed by name
  for (const r of [...store.clusterRoles.values(), ...store.roles.values()]) for (const sr of r.rules) if (sr.rule.resources.includes('users')) for (const n of sr.rule.resourceNames) users.add(n);
  const anyUser = probe('impersonate', '', 'users', '', '', ANY_NAME);
  if (anyUser) via.push(anyUser);
  for (const u of [...users].sort()) {
    const x = anyUser ?? probe('impersonate', '', 'users', '', '', u);
    if (!x) continue;
    if (!via.includes(x)) via.push(x);
    if (u !== subject.identity.user) gains.push(u);
  }
  for (const sa of knownServiceAccounts(store)) {
    const x = probe('impersonate', '', 'serviceaccounts', '', sa.namespace, sa.name);
    if (!x) continue;
    if (!via.some((v) => v.grant.sourced === x.grant.sourced)) via.push(x);
    gains.push(saUser(sa.namespace, sa.name));
  }
  const masters = probe('impersonate', '', 'groups', '', '', 'system:masters');
  const canUser = Boolean(anyUser) || gains.some((g) => users.has(g));
  if (masters && canUser) via.push(masters);
  for (const extra of [['userextras', ANY_NAME], ['uids', ANY_NAME]] as const) {
    const x = probe('impersonate', 'authentication.k8s.io', extra[0], '', '', extra[1]);
    if (x) via.push(x);
  }
  if (!via.length) return;
  const clusterAdmin = Boolean(masters && (canUser || gains.length));
  add({ kind: 'impersonate', scope: '', via, gains, inherent: true, clusterAdmin, effect: `impersonates ${clusterAdmin ? 'a user in the group system:masters, which the API server allows everything' : gains.length ? gains.join(', ') : 'users, groups or user attributes'}` });
}

function roleWrites(subject: AnalyzedSubject, auth: Authorizer, store: RbacStore, namespaces: string[], probe: Probe, first: (verbs: string[], g: string, r: string, s: string, ns: string, name?: string) => Via | undefined, add: Add, maybe: (v: string, g: string, r: string, s: string) => boolean): void {
  const id = subject.identity;
  for (const scope of ['', ...namespaces]) {
    const bindRes = scope ? 'rolebindings' : 'clusterrolebindings';
    const write = ['create', 'update', 'patch'].some((v) => maybe(v, RBAC_GROUP, bindRes, '')) && first(['create', 'update', 'patch'], RBAC_GROUP, bindRes, '', scope);
    if (write) {
      add({ kind: 'rolebinding-write', scope, via: [write], gains: [], inherent: true, effect: `writes ${bindRes} ${scope ? `in ${scope}` : '(cluster-wide)'}: hands the roles it holds or may bind to any subject` });
      const held = auth.grantsFor(id, scope).map((g) => g.sourced.rule);
      const candidates: RoleObject[] = [...store.clusterRoles.values(), ...(scope ? [...store.roles.values()].filter((r) => r.namespace === scope) : [])];
      const via: Via[] = [write];
      const roles: Escalation['roles'] = [];
      for (const r of candidates) {
        const x = probe('bind', RBAC_GROUP, r.kind === 'Role' ? 'roles' : 'clusterroles', '', scope, r.name);
        if (!x) continue;
        const rules = r.rules.map((s) => s.rule);
        if (covers(held, rules)) continue;
        if (!via.some((v) => v.grant.sourced === x.grant.sourced)) via.push(x);
        roles.push({ role: r, scope, rules });
      }
      if (roles.length) {
        const clusterAdmin = scope === '' && roles.some((r) => covers(r.rules, [FULL_ACCESS]));
        add({ kind: 'role-bind', scope, via, gains: [], roles, inherent: true, clusterAdmin, effect: `binds ${roles.map((r) => `${r.role.kind} ${r.role.name}`).join(', ')} ${scope ? `in ${scope}` : 'cluster-wide'} to itself` });
      }
    }
    if (!maybe('escalate', RBAC_GROUP, scope ? 'roles' : 'clusterroles', '')) continue;
    const roles = scope ? [...store.roles.values()].filter((r) => r.namespace === scope) : [...store.clusterRoles.values()];
    for (const r of roles) {
      const res = r.kind === 'Role' ? 'roles' : 'clusterroles';
      const upd = first(['update', 'patch'], RBAC_GROUP, res, '', scope, r.name);
      const esc = upd && probe('escalate', RBAC_GROUP, res, '', scope, r.name);
      if (!upd || !esc) continue;
      const boundCluster = auth.bindingsFor(id, '').some((e) => e.binding.role === r);
      add({ kind: 'role-escalate', scope, via: [upd, esc], gains: [], roles: [{ role: r, scope, rules: [FULL_ACCESS] }], inherent: true, clusterAdmin: boundCluster, effect: `writes any rule into ${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}${boundCluster ? ', which a ClusterRoleBinding grants it: everything' : ''}` });
    }
  }
}
