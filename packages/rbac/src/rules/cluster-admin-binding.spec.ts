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
  it("reports a binding of Kubernetes' default cluster-admin, which every cluster has, when the manifests do not define it", () => {
    const f = findingsOf(ID, [serviceAccount('a', 'app'), clusterRoleBinding('app-admin', 'ClusterRole:cluster-admin', ['sa:a/app'])]);
    expect(f.map((x) => [x.severity, x.location?.line, x.message])).toEqual([['critical', 11, 'ClusterRoleBinding app-admin grants ClusterRole cluster-admin, which allows everything, in the whole cluster to ServiceAccount a/app']]);
    expect(findingsOf('role-ref-missing', [clusterRoleBinding('app-admin', 'ClusterRole:cluster-admin', ['sa:a/app'])])).toEqual([]);
  });
  it('takes the default cluster-admin into the escalation closure, naming it as the default role on the path', () => {
    const f = findingsOf('pod-create', [serviceAccount('a', 'app'), serviceAccount('a', 'ci'), clusterRoleBinding('app-admin', 'ClusterRole:cluster-admin', ['sa:a/app']), role('a', 'starter', [rule(['create'], ['pods'])]), roleBinding('a', 'ci', 'Role:starter', ['sa:a/ci'])]);
    expect(f.map((x) => [x.severity, x.object?.name])).toEqual([['critical', 'ci']]);
    expect(f[0]!.message).toContain('holds * * (*) cluster-wide, granted by ClusterRoleBinding app-admin (rbac.yaml:22) → ClusterRole cluster-admin rules[0] (Kubernetes default role)');
  });
});
