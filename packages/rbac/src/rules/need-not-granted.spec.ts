import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'need-not-granted';

describe(ID, () => {
  const need = [{ serviceAccount: 'airflow/sched', rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'watch'] }] }];
  it('reports a needed verb no binding grants', () => {
    const f = findingsOf(ID, [serviceAccount('airflow', 'sched'), role('airflow', 'r', [rule(['get'], ['pods'])]), roleBinding('airflow', 'b', 'Role:r', ['sa:airflow/sched'])], need);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('watch pods (core)');
    expect(f[0]!.message).not.toContain('get pods');
  });
  it('reports nothing when a ClusterRoleBinding serves it (wider, but granted)', () => {
    expect(findingsOf(ID, [clusterRole('c', [rule(['get', 'watch'], ['pods'])]), clusterRoleBinding('c', 'ClusterRole:c', ['sa:airflow/sched'])], need)).toEqual([]);
  });
});
