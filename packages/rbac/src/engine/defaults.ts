// Kubernetes' default ClusterRoles, for the check: every cluster has them (the API server creates them
// at start-up), so a binding to one grants its rules although the manifests never define it. The
// queries (can-i, rules, who-can) answer over the given files only, as their contract says.
import { parseManifestText, type K8sObject } from '@flightcheck/k8s';

/** Stands for the file of a default role in paths and messages. */
export const DEFAULT_ROLE_SOURCE = 'Kubernetes default role';

// cluster-admin as the API server's bootstrap policy defines it: every verb on every resource of every
// group, and every non-resource URL.
const CLUSTER_ADMIN = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: cluster-admin
  labels: {kubernetes.io/bootstrapping: rbac-defaults}
rules:
  - apiGroups: ['*']
    resources: ['*']
    verbs: ['*']
  - nonResourceURLs: ['*']
    verbs: ['*']
`;

let parsed: K8sObject | undefined;
/** The default cluster-admin ClusterRole as an object (file: DEFAULT_ROLE_SOURCE). */
export function defaultClusterAdmin(): K8sObject {
  parsed ??= parseManifestText(CLUSTER_ADMIN, DEFAULT_ROLE_SOURCE).objects[0]!;
  return parsed;
}

// The user-facing defaults (admin aggregates edit, edit aggregates view); names starting with system:
// are reserved for the control plane's own defaults.
const USER_FACING = new Set(['admin', 'edit', 'view']);

/** A default ClusterRole whose rules the check does not model (they depend on the cluster's version). */
export const isUnmodelledDefault = (name: string): boolean => USER_FACING.has(name) || name.startsWith('system:');
