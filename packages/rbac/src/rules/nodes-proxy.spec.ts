import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'nodes-proxy';

describe(ID, () => {
  it('reports get on nodes/proxy', () => {
    expect(findingsOf(ID, [clusterRole('m', [rule(['get'], ['nodes/proxy'])]), clusterRoleBinding('m', 'ClusterRole:m', ['sa:monitoring/prom'])])).toHaveLength(1);
  });
  it('does not report nodes/metrics, or nodes/proxy bound in a namespace only', () => {
    expect(findingsOf(ID, [clusterRole('m', [rule(['get'], ['nodes/metrics'])]), clusterRoleBinding('m', 'ClusterRole:m', ['sa:monitoring/prom'])])).toEqual([]);
    expect(findingsOf(ID, [clusterRole('m', [rule(['get'], ['nodes/proxy'])]), roleBinding('monitoring', 'm', 'ClusterRole:m', ['sa:monitoring/prom'])])).toEqual([]);
  });
});
