import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'role-bind';

describe(ID, () => {
  const admin = clusterRole('team-admin', [rule(['*'], ['*'], ['', 'apps'])]);
  it('reports create on rolebindings plus bind on a stronger ClusterRole', () => {
    const f = findingsOf(ID, [admin, role('x', 'lead', [rule(['create'], ['rolebindings'], ['rbac.authorization.k8s.io']), rule(['bind'], ['clusterroles'], ['rbac.authorization.k8s.io'], ['team-admin'])]), roleBinding('x', 'lead', 'Role:lead', ['user:lead'])]);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('high');
    expect(f[0]!.message).toContain('binds ClusterRole team-admin in x');
  });
  it('does not report bind without create on rolebindings', () => {
    expect(findingsOf(ID, [admin, role('x', 'lead', [rule(['bind'], ['clusterroles'], ['rbac.authorization.k8s.io'])]), roleBinding('x', 'lead', 'Role:lead', ['user:lead'])])).toEqual([]);
  });
});
