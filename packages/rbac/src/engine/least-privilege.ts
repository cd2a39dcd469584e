// Least privilege held against declared need: grants beyond what a ServiceAccount needs, needs that no
// grant serves, and tokens mounted by ServiceAccounts and pods that need no API at all.
import { stringify } from 'yaml';
import type { K8sObject } from '@flightcheck/k8s';
import type { Need } from '../needs.js';
import type { Authorizer, Grant } from './authorizer.js';
import { uncovered } from './covers.js';
import { apiGroupMatches, resourceMatches, ruleToJson, verbMatches, type PolicyRule } from './policy-rule.js';
import { RBAC_GROUP, type RbacStore } from './store.js';
import { scopesOf, type AnalyzedSubject } from './subjects.js';

export interface BeyondNeed {
  subject: AnalyzedSubject;
  grant: Grant;
  scope: string;
  atoms: PolicyRule[];
  /** Some of it is one of the escalation kinds. */
  escalation: boolean;
  /** The smallest Role (and binding) that serves the need, as YAML. */
  suggestion: string;
}

export interface UnmetNeed {
  need: Need;
  index: number;
  missing: PolicyRule[];
}

export interface UnneededToken {
  kind: 'ServiceAccount' | 'Pod';
  obj: K8sObject;
  line: number;
  serviceAccount: string;
}

export interface LeastPrivilege {
  beyond: BeyondNeed[];
  unmet: UnmetNeed[];
  tokens: UnneededToken[];
}

// [verb, group, resource/subresource] of the escalation kinds (names do not matter here): the requests
// the escalation probes ask about
const ADMISSION = ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations', 'mutatingadmissionpolicies', 'mutatingadmissionpolicybindings', 'validatingadmissionpolicies', 'validatingadmissionpolicybindings'];
const WRITE_WORKLOADS: [string, string][] = [['', 'pods'], ['apps', 'deployments'], ['apps', 'replicasets'], ['apps', 'statefulsets'], ['apps', 'daemonsets'], ['batch', 'jobs'], ['batch', 'cronjobs'], ['', 'replicationcontrollers'], [RBAC_GROUP, 'rolebindings'], [RBAC_GROUP, 'clusterrolebindings'], ...ADMISSION.map((r): [string, string] => ['admissionregistration.k8s.io', r])];
const SENSITIVE: [string, string, string][] = [
  ...['get', 'list', 'watch'].map((v): [string, string, string] => [v, '', 'secrets']),
  ...['create', 'update', 'patch'].flatMap((v) => WRITE_WORKLOADS.map(([g, r]): [string, string, string] => [v, g, r])),
  ...['create', 'get'].flatMap((v): [string, string, string][] => [[v, '', 'pods/exec'], [v, '', 'pods/attach'], [v, '', 'pods/portforward']]),
  ...['get', 'create', 'update', 'patch', 'delete'].map((v): [string, string, string] => [v, '', 'nodes/proxy']),
  ['update', '', 'pods/ephemeralcontainers'], ['patch', '', 'pods/ephemeralcontainers'], ['create', '', 'serviceaccounts/token'],
  ['impersonate', '', 'users'], ['impersonate', '', 'groups'], ['impersonate', '', 'serviceaccounts'], ['impersonate', 'authentication.k8s.io', 'userextras'], ['impersonate', 'authentication.k8s.io', 'uids'],
  ['bind', RBAC_GROUP, 'roles'], ['bind', RBAC_GROUP, 'clusterroles'], ['escalate', RBAC_GROUP, 'roles'], ['escalate', RBAC_GROUP, 'clusterroles'],
  ['update', 'certificates.k8s.io', 'certificatesigningrequests/approval'], ['update', 'certificates.k8s.io', 'certificatesigningrequests/status'], ['approve', 'certificates.k8s.io', 'signers'], ['sign', 'certificates.k8s.io', 'signers'],
];

export function isEscalationRule(rule: PolicyRule): boolean {
  if (rule.verbs.includes('*') || rule.resources.includes('*')) return rule.resources.length > 0;
  return SENSITIVE.some(([v, g, r]) => {
    const slash = r.indexOf('/');
    return verbMatches(rule, v) && apiGroupMatches(rule, g) && resourceMatches(rule, r, slash < 0 ? '' : r.slice(slash + 1));
  });
}

const needsOf = (needs: Need[], ns: string, name: string): Need[] => needs.filter((n) => n.namespace === ns && n.name === name);

function suggestion(sa: { namespace: string; name: string }, needs: Need[], scope: string): string {
  let here = needs.filter((n) => n.scope === scope && n.rules.length);
  let head = '';
  if (!here.length) {
    const elsewhere = needs.filter((n) => n.rules.length);
    if (!elsewhere.length) return `# ${sa.namespace}/${sa.name} needs no API access: remove this grant and set automountServiceAccountToken: false\n`;
    scope = elsewhere[0]!.scope;
    here = elsewhere.filter((n) => n.scope === scope);
    head = `# ${sa.namespace}/${sa.name} needs nothing there: remove this grant; its need ${scope ? `in ${scope}` : 'cluster-wide'} is served by\n`;
  }
  // in the order Roles are usually written: apiGroups, resources, resourceNames, nonResourceURLs, verbs
  const ORDER = ['apiGroups', 'resources', 'resourceNames', 'nonResourceURLs', 'verbs'];
  const rules = here.flatMap((n) => n.rules).map((r) => Object.fromEntries(Object.entries(ruleToJson(r)).sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b))));
  const name = `${sa.name}-needs`;
  const kind = scope ? 'Role' : 'ClusterRole';
  const meta = scope ? { name, namespace: scope } : { name };
  const role = { apiVersion: `${RBAC_GROUP}/v1`, kind, metadata: meta, rules };
  const binding = { apiVersion: `${RBAC_GROUP}/v1`, kind: `${kind}Binding`, metadata: meta, roleRef: { apiGroup: RBAC_GROUP, kind, name }, subjects: [{ kind: 'ServiceAccount', name: sa.name, namespace: sa.namespace }] };
  return `${head}${stringify(role)}---\n${stringify(binding)}`;
}

export function leastPrivilege(store: RbacStore, auth: Authorizer, subjects: AnalyzedSubject[], needs: Need[]): LeastPrivilege {
  const beyond: BeyondNeed[] = [];
  for (const s of subjects) {
    if (s.kind !== 'ServiceAccount') continue;
    const mine = needsOf(needs, s.namespace!, s.name);
    for (const scope of scopesOf(auth, s.identity)) {
      const needed = mine.filter((n) => n.scope === scope).flatMap((n) => n.rules);
      for (const grant of auth.grantsFor(s.identity, scope)) {
        // a ClusterRoleBinding's grants are judged once, at cluster scope
        if (scope !== '' && grant.binding.kind === 'ClusterRoleBinding') continue;
        const atoms = uncovered(needed, [grant.sourced.rule]);
        if (!atoms.length) continue;
        beyond.push({ subject: s, grant, scope, atoms, escalation: atoms.some(isEscalationRule), suggestion: suggestion({ namespace: s.namespace!, name: s.name }, mine, scope) });
      }
    }
  }
  const unmet: UnmetNeed[] = [];
  for (const need of needs) {
    const held = auth.grantsFor({ user: `system:serviceaccount:${need.namespace}:${need.name}`, groups: ['system:authenticated', 'system:serviceaccounts', `system:serviceaccounts:${need.namespace}`] }, need.scope).map((g) => g.sourced.rule);
    need.rules.forEach((rule, index) => {
      const missing = uncovered(held, [rule]);
      if (missing.length) unmet.push({ need, index, missing });
    });
  }
  const needsApi = (ns: string, name: string): boolean => needsOf(needs, ns, name).some((n) => n.rules.length > 0);
  const tokens: UnneededToken[] = [];
  for (const sa of store.serviceAccounts.values()) {
    if (!sa.obj || sa.automount === false || needsApi(sa.namespace, sa.name)) continue;
    tokens.push({ kind: 'ServiceAccount', obj: sa.obj, line: sa.obj.lineOf(['automountServiceAccountToken']), serviceAccount: `${sa.namespace}/${sa.name}` });
  }
  for (const p of store.pods) {
    const sa = store.serviceAccounts.get(`${p.namespace}/${p.serviceAccount}`);
    if (!(p.automount ?? sa?.automount ?? true) || needsApi(p.namespace, p.serviceAccount)) continue;
    tokens.push({ kind: 'Pod', obj: p.obj, line: p.obj.lineOf([...p.obj.pod!.specPath, 'automountServiceAccountToken']), serviceAccount: `${p.namespace}/${p.serviceAccount}` });
  }
  return { beyond, unmet, tokens };
}
