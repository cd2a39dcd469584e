// Test fixtures: RBAC objects as YAML documents, and the whole analysis over them.
import { runRules, type Finding } from '@flightcheck/core';
import { stringify } from 'yaml';
import { Authorizer } from '../engine/authorizer.js';
import { analyzeEscalations } from '../engine/closure.js';
import { leastPrivilege } from '../engine/least-privilege.js';
import { buildStore } from '../engine/store.js';
import { listSubjects } from '../engine/subjects.js';
import { parseManifestText } from '@flightcheck/k8s';
import { readRbacConfig } from '../needs.js';
import type { RbacAnalysis } from '../rules/helpers/analysis.js';
import { RULES_BY_ID } from '../rules/index.js';

const V1 = 'rbac.authorization.k8s.io/v1';
type Obj = Record<string, unknown>;

export const rule = (verbs: string[], resources: string[], apiGroups: string[] = [''], resourceNames?: string[]): Obj => ({ apiGroups, resources, verbs, ...(resourceNames ? { resourceNames } : {}) });
export const urlRule = (verbs: string[], nonResourceURLs: string[]): Obj => ({ nonResourceURLs, verbs });
export const role = (namespace: string, name: string, rules: Obj[]): Obj => ({ apiVersion: V1, kind: 'Role', metadata: { name, namespace }, rules });
export const clusterRole = (name: string, rules: Obj[], extra: Obj = {}): Obj => ({ apiVersion: V1, kind: 'ClusterRole', metadata: { name, ...((extra.metadata as Obj) ?? {}) }, rules, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'metadata')) });

/** `sa:ns/name`, `sa:name` (no namespace), `user:alice`, `group:devs`, or a raw subject object. */
function subject(s: string | Obj): Obj {
  if (typeof s !== 'string') return s;
  const [k, v] = [s.slice(0, s.indexOf(':')), s.slice(s.indexOf(':') + 1)];
  if (k === 'sa') {
    const [ns, name] = v.includes('/') ? v.split('/') : [undefined, v];
    return { kind: 'ServiceAccount', name, ...(ns ? { namespace: ns } : {}) };
  }
  return { apiGroup: 'rbac.authorization.k8s.io', kind: k === 'user' ? 'User' : 'Group', name: v };
}
const ref = (r: string): Obj => ({ apiGroup: 'rbac.authorization.k8s.io', kind: r.split(':')[0], name: r.split(':').slice(1).join(':') });
export const roleBinding = (namespace: string, name: string, roleRef: string, subjects: (string | Obj)[]): Obj => ({ apiVersion: V1, kind: 'RoleBinding', metadata: { name, namespace }, roleRef: ref(roleRef), subjects: subjects.map(subject) });
export const clusterRoleBinding = (name: string, roleRef: string, subjects: (string | Obj)[]): Obj => ({ apiVersion: V1, kind: 'ClusterRoleBinding', metadata: { name }, roleRef: ref(roleRef), subjects: subjects.map(subject) });
export const serviceAccount = (namespace: string, name: string, automount?: boolean): Obj => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace }, ...(automount === undefined ? {} : { automountServiceAccountToken: automount }) });
export const tokenSecret = (namespace: string, name: string, sa: string): Obj => ({ apiVersion: 'v1', kind: 'Secret', type: 'kubernetes.io/service-account-token', metadata: { name, namespace, annotations: { 'kubernetes.io/service-account.name': sa } } });
export const deployment = (namespace: string, name: string, sa: string, automount?: boolean): Obj => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace },
  spec: { selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { serviceAccountName: sa, ...(automount === undefined ? {} : { automountServiceAccountToken: automount }), containers: [{ name, image: 'x@sha256:00' }] } } },
});
export const CLUSTER_ADMIN = clusterRole('cluster-admin', [rule(['*'], ['*'], ['*']), urlRule(['*'], ['*'])]);

export const yamlOf = (...objs: Obj[]): string => objs.map((o) => stringify(o)).join('---\n');

/** The analysis a rule sees; `needs` as written under checks.rbac.needs. */
export function analyze(objs: Obj[] | string, needs?: unknown[]): RbacAnalysis {
  const text = typeof objs === 'string' ? objs : yamlOf(...objs);
  const loaded = parseManifestText(text, 'rbac.yaml');
  if (loaded.problems.length) throw new Error(loaded.problems[0]!.reason);
  const store = buildStore(loaded.objects, { defaults: true });
  const auth = new Authorizer(store);
  const subjects = listSubjects(store);
  const rel = (f: string) => f;
  const a: RbacAnalysis = { store, auth, subjects, escalations: analyzeEscalations(store, auth, subjects, rel), rel, policyFile: 'flightcheck.yaml' };
  if (needs) {
    a.needs = readRbacConfig({ needs }, 'flightcheck.yaml').needs!;
    a.leastPrivilege = leastPrivilege(store, auth, subjects, a.needs);
  }
  return a;
}

/** The findings of one rule over the objects. */
export function findingsOf(id: string, objs: Obj[] | string, needs?: unknown[]): Finding[] {
  const r = RULES_BY_ID.get(id);
  if (!r) throw new Error(`no rule ${id}`);
  return runRules([r], analyze(objs, needs), { file: 'rbac.yaml' });
}
