import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'rolebinding-write';

describe(ID, () => {
  it('reports create on clusterrolebindings', () => {
    const f = findingsOf(ID, [clusterRole('w', [rule(['create'], ['clusterrolebindings'], ['rbac.authorization.k8s.io'])]), clusterRoleBinding('w', 'ClusterRole:w', ['group:platform'])]);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('Group platform');
  });
  it('does not report reading bindings', () => {
    expect(findingsOf(ID, [clusterRole('w', [rule(['get', 'list', 'watch'], ['rolebindings', 'clusterrolebindings'], ['rbac.authorization.k8s.io'])]), clusterRoleBinding('w', 'ClusterRole:w', ['group:platform'])])).toEqual([]);
  });
});
