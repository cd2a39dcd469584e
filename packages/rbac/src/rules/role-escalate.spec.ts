import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'role-escalate';

describe(ID, () => {
  it('reports escalate plus update on a Role bound to the subject', () => {
    const f = findingsOf(ID, [role('s', 'own', [rule(['update', 'escalate'], ['roles'], ['rbac.authorization.k8s.io'], ['own'])]), roleBinding('s', 'own', 'Role:own', ['user:owner'])]);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('writes any rule into Role s/own');
    expect(f[0]!.message).toContain('(2) → may write any rule, so everything there, into Role own in s (rbac.yaml:1)');
    expect(f[0]!.severity).toBe('high');
  });
  it('does not report update without escalate', () => {
    expect(findingsOf(ID, [role('s', 'own', [rule(['update', 'patch'], ['roles'], ['rbac.authorization.k8s.io'], ['own'])]), roleBinding('s', 'own', 'Role:own', ['user:owner'])])).toEqual([]);
  });
});
