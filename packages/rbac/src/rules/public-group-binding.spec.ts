import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'public-group-binding';

describe(ID, () => {
  it('reports a binding to system:authenticated', () => {
    const f = findingsOf(ID, [clusterRole('v', [rule(['get'], ['pods'])]), clusterRoleBinding('v', 'ClusterRole:v', ['group:system:authenticated'])]);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('high');
  });
  it('reports a binding to system:unauthenticated as critical', () => {
    expect(findingsOf(ID, [clusterRole('v', [rule(['get'], ['pods'])]), roleBinding('a', 'v', 'ClusterRole:v', ['group:system:unauthenticated'])]).map((f) => f.severity)).toEqual(['critical']);
  });
  it('does not report a named group, or a binding to a missing role', () => {
    expect(findingsOf(ID, [clusterRole('v', [rule(['get'], ['pods'])]), clusterRoleBinding('v', 'ClusterRole:v', ['group:devs']), clusterRoleBinding('w', 'ClusterRole:gone', ['group:system:authenticated'])])).toEqual([]);
  });
});
