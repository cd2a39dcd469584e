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
  it('does not report a named group', () => {
    expect(findingsOf(ID, [clusterRole('v', [rule(['get'], ['pods'])]), clusterRoleBinding('v', 'ClusterRole:v', ['group:devs'])])).toEqual([]);
  });
  it('reports a binding to system:authenticated of a role the manifests do not define (the cluster may have it)', () => {
    const f = findingsOf(ID, [clusterRoleBinding('w', 'ClusterRole:gone', ['group:system:authenticated'])]);
    expect(f.map((x) => [x.severity, x.location?.line])).toEqual([['high', 10]]);
    expect(f[0]!.message).toContain('grants ClusterRole gone (not in the manifests) to Group system:authenticated');
  });
  it("reports the default cluster-admin granted to system:authenticated as critical, though the manifests do not define it", () => {
    expect(findingsOf(ID, [clusterRoleBinding('all', 'ClusterRole:cluster-admin', ['group:system:authenticated'])]).map((f) => [f.severity, f.message])).toEqual([
      ['critical', 'ClusterRoleBinding all grants ClusterRole cluster-admin to Group system:authenticated, that is to every authenticated user and ServiceAccount'],
    ]);
  });
});
