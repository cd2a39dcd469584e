import type { Where } from '../../component.js';
import type { K8sObject } from '@flightcheck/k8s';

/** Where a ServiceAccount may create pods, by the RBAC objects of the manifests. */
export interface PodRights {
  namespaces: Set<string>;
  /** A ClusterRoleBinding grants it: every namespace. */
  clusterWide?: Where;
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function grantsPodCreate(role: K8sObject | undefined): boolean {
  const rules = Array.isArray(role?.raw.rules) ? role!.raw.rules : [];
  return rules.some((r: any) => {
    const groups = list(r?.apiGroups);
    const resources = list(r?.resources);
    const verbs = list(r?.verbs);
    return (groups.includes('') || groups.includes('*')) && (resources.includes('pods') || resources.includes('*')) && (verbs.includes('create') || verbs.includes('*'));
  });
}

function names(subject: any, bindingNs: string, saNs: string, sa: string): boolean {
  if (subject?.kind === 'ServiceAccount') return subject.name === sa && (subject.namespace ?? bindingNs) === saNs;
  if (subject?.kind === 'Group') return subject.name === 'system:serviceaccounts' || subject.name === `system:serviceaccounts:${saNs}`;
  return false;
}

export const hasRbac = (objects: K8sObject[]): boolean => objects.some((o) => /^(Cluster)?Role(Binding)?$/.test(o.kind) && o.apiVersion.startsWith('rbac.authorization.k8s.io/'));

export function podCreateRights(objects: K8sObject[], saNs: string, sa: string): PodRights {
  const out: PodRights = { namespaces: new Set() };
  const role = (kind: string, name: unknown, ns: string) => objects.find((o) => o.kind === kind && o.metadata.name === name && (kind === 'ClusterRole' || (o.metadata.namespace ?? '') === ns));
  for (const b of objects) {
    if (b.kind !== 'RoleBinding' && b.kind !== 'ClusterRoleBinding') continue;
    const ns = b.metadata.namespace ?? '';
    if (!(Array.isArray(b.raw.subjects) ? b.raw.subjects : []).some((s: any) => names(s, ns, saNs, sa))) continue;
    const ref = b.raw.roleRef ?? {};
    if (!grantsPodCreate(role(ref.kind, ref.name, ns))) continue;
    if (b.kind === 'ClusterRoleBinding') out.clusterWide ??= { file: b.file, line: b.line, object: { apiVersion: b.apiVersion, kind: b.kind, ...(b.metadata.name ? { name: b.metadata.name } : {}) } };
    else out.namespaces.add(ns);
  }
  return out;
}
