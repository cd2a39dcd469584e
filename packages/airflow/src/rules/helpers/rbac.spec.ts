import { describe, expect, it } from 'vitest';
import { parseManifestText } from '@flightcheck/k8s';
import { hasRbac, podCreateRights } from './rbac.js';

const rbac = (bindingKind: string, roleKind: string, verbs = '[create, get]') => parseManifestText(`apiVersion: rbac.authorization.k8s.io/v1
kind: ${roleKind}
metadata: { name: launcher, namespace: airflow }
rules: [{ apiGroups: [""], resources: [pods], verbs: ${verbs} }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ${bindingKind}
metadata: { name: launcher, namespace: tasks }
roleRef: { kind: ${roleKind}, name: launcher }
subjects: [{ kind: ServiceAccount, name: sched, namespace: airflow }]
`, 'r.yaml').objects;

describe('podCreateRights', () => {
  it('a RoleBinding to a ClusterRole grants its namespace', () => {
    expect([...podCreateRights(rbac('RoleBinding', 'ClusterRole'), 'airflow', 'sched').namespaces]).toEqual(['tasks']);
  });
  it('a RoleBinding to a Role of another namespace grants nothing', () => {
    expect(podCreateRights(rbac('RoleBinding', 'Role'), 'airflow', 'sched').namespaces.size).toBe(0);
  });
  it('a ClusterRoleBinding is cluster-wide; without create it is nothing', () => {
    expect(podCreateRights(rbac('ClusterRoleBinding', 'ClusterRole'), 'airflow', 'sched').clusterWide?.line).toBe(6);
    expect(podCreateRights(rbac('ClusterRoleBinding', 'ClusterRole', '[get]'), 'airflow', 'sched').clusterWide).toBeUndefined();
    expect(podCreateRights(rbac('ClusterRoleBinding', 'ClusterRole'), 'airflow', 'other').clusterWide).toBeUndefined();
  });
  it('knows when the manifests hold RBAC at all', () => {
    expect(hasRbac(rbac('RoleBinding', 'Role'))).toBe(true);
    expect(hasRbac([])).toBe(false);
  });
});
