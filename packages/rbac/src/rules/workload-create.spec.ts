import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'workload-create';

describe(ID, () => {
  const base = [serviceAccount('apps', 'admin'), CLUSTER_ADMIN, clusterRoleBinding('admin', 'ClusterRole:cluster-admin', ['sa:apps/admin'])];
  it('reports Deployment writes in a namespace holding a cluster-admin ServiceAccount as critical', () => {
    const f = findingsOf(ID, [...base, role('apps', 'd', [rule(['patch'], ['deployments'], ['apps'])]), roleBinding('apps', 'b', 'Role:d', ['user:dev'])]);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('critical');
    expect(f[0]!.message).toContain('patch deployments.apps in apps');
  });
  it('does not report Deployments in the extensions group, or read-only access', () => {
    expect(findingsOf(ID, [...base, role('apps', 'd', [rule(['create'], ['deployments'], ['extensions']), rule(['get', 'list'], ['jobs'], ['batch'])]), roleBinding('apps', 'b', 'Role:d', ['user:dev'])])).toEqual([]);
  });
});
