import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'cluster-admin-binding';

describe(ID, () => {
  it('reports a ClusterRoleBinding of a full-access role as critical, at the roleRef', () => {
    const f = findingsOf(ID, [CLUSTER_ADMIN, clusterRoleBinding('ops', 'ClusterRole:cluster-admin', ['group:ops'])]);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('critical');
    expect(f[0]!.message).toContain('Group ops');
    expect(f[0]!.object).toMatchObject({ kind: 'ClusterRoleBinding', name: 'ops' });
  });
  it('reports a RoleBinding of it as high (everything in one namespace)', () => {
    expect(findingsOf(ID, [CLUSTER_ADMIN, roleBinding('a', 'ops', 'ClusterRole:cluster-admin', ['user:x'])]).map((f) => f.severity)).toEqual(['high']);
  });
  it('does not report a role missing one group or a binding to nobody', () => {
    expect(findingsOf(ID, [clusterRole('almost', [rule(['*'], ['*'], ['', 'apps'])]), clusterRoleBinding('ops', 'ClusterRole:almost', ['group:ops']), CLUSTER_ADMIN, clusterRoleBinding('none', 'ClusterRole:cluster-admin', [])])).toEqual([]);
  });
});
