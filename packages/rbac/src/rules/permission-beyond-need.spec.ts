import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'permission-beyond-need';

describe(ID, () => {
  const sa = serviceAccount('airflow', 'sched');
  const need = [{ serviceAccount: 'airflow/sched', rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] }] }];
  it('reports a surplus verb as medium, with the smallest Role in the resolution', () => {
    const f = findingsOf(ID, [sa, role('airflow', 'r', [rule(['get', 'list', 'delete'], ['pods'])]), roleBinding('airflow', 'b', 'Role:r', ['sa:airflow/sched'])], need);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('medium');
    expect(f[0]!.message).toContain('delete pods (core)');
    expect(f[0]!.resolution).toContain('kind: Role');
    expect(f[0]!.resolution).toContain('- get');
    expect(f[0]!.resolution).not.toContain('delete');
  });
  it('reports pods/exec beyond need as high, and a ClusterRoleBinding as beyond a namespaced need', () => {
    const f = findingsOf(ID, [sa, role('airflow', 'r', [rule(['get', 'list'], ['pods']), rule(['create'], ['pods/exec'])]), roleBinding('airflow', 'b', 'Role:r', ['sa:airflow/sched']), clusterRole('c', [rule(['get'], ['pods'])]), clusterRoleBinding('c', 'ClusterRole:c', ['sa:airflow/sched'])], need);
    expect(f.map((x) => [x.severity, x.message.includes('cluster-wide')])).toEqual([['medium', true], ['high', false]]);
  });
  it('reports nothing when the grant is the need', () => {
    expect(findingsOf(ID, [sa, role('airflow', 'r', [rule(['get', 'list'], ['pods'])]), roleBinding('airflow', 'b', 'Role:r', ['sa:airflow/sched'])], need)).toEqual([]);
  });
});
