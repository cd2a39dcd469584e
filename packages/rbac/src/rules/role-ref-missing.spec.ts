import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'role-ref-missing';

describe(ID, () => {
  it('reports a RoleBinding to a Role of another namespace and a ClusterRoleBinding to a Role', () => {
    const f = findingsOf(ID, [role('b', 'r', [rule(['get'], ['pods'])]), roleBinding('a', 'x', 'Role:r', ['user:u']), clusterRoleBinding('y', 'Role:r', ['user:u'])]);
    expect(f).toHaveLength(2);
    expect(f[1]!.message).toContain('can only refer to a ClusterRole');
    expect(f[0]!.location?.line).toBeGreaterThan(1);
  });
  it('does not report a binding whose role exists', () => {
    expect(findingsOf(ID, [role('a', 'r', [rule(['get'], ['pods'])]), roleBinding('a', 'x', 'Role:r', ['user:u'])])).toEqual([]);
  });
  it("reports a binding to a default role other than cluster-admin as high: the cluster has it, the check cannot see its rules", () => {
    const f = findingsOf(ID, [roleBinding('a', 'e', 'ClusterRole:edit', ['user:u']), clusterRoleBinding('d', 'ClusterRole:system:auth-delegator', ['user:u']), roleBinding('a', 'g', 'ClusterRole:gone', ['user:u'])]);
    expect(f.map((x) => [x.severity, x.object?.name])).toEqual([['high', 'e'], ['high', 'd'], ['medium', 'g']]);
    expect(f[0]!.message).toContain("ClusterRole edit is one of Kubernetes' default roles");
  });
});
