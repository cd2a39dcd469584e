import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'pod-create';

describe(ID, () => {
  const base = [serviceAccount('apps', 'db-admin'), clusterRole('secrets', [rule(['get'], ['secrets'])]), clusterRoleBinding('db', 'ClusterRole:secrets', ['sa:apps/db-admin'])];
  it('reports pod creation that reaches a stronger ServiceAccount of the namespace, with the path', () => {
    const f = findingsOf(ID, [...base, role('apps', 'starter', [rule(['create'], ['pods'])]), roleBinding('apps', 'b', 'Role:starter', ['sa:ci/deployer'])]);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('ServiceAccount ci/deployer');
    expect(f[0]!.message).toContain('system:serviceaccount:apps:db-admin');
    expect(f[0]!.message).toMatch(/acts as system:serviceaccount:apps:db-admin.*get secrets \(core\) cluster-wide/);
    expect(f[0]!.properties?.gains).toEqual(expect.arrayContaining(['system:serviceaccount:apps:db-admin', 'system:serviceaccount:apps:default']));
    expect(f[0]!.message).toContain('→ acts as system:serviceaccount:apps:db-admin (ServiceAccount apps/db-admin, rbac.yaml:1, is declared)');
  });
  it('reaches a ServiceAccount that only a binding names (created elsewhere, a pod can still name it)', () => {
    const f = findingsOf(ID, [clusterRole('secrets', [rule(['get'], ['secrets'])]), clusterRoleBinding('db', 'ClusterRole:secrets', ['sa:apps/undeclared']), role('apps', 'starter', [rule(['create'], ['pods'])]), roleBinding('apps', 'b', 'Role:starter', ['user:ci'])]);
    expect(f.map((x) => x.properties?.gains)).toEqual([expect.arrayContaining(['system:serviceaccount:apps:undeclared'])]);
    expect(f[0]!.message).toContain('→ acts as system:serviceaccount:apps:undeclared; system:serviceaccount:apps:undeclared holds get secrets (core) cluster-wide');
  });
  it('does not report when the namespace holds no ServiceAccount stronger than the creator', () => {
    expect(findingsOf(ID, [...base, role('other', 'starter', [rule(['create'], ['pods'])]), roleBinding('other', 'b', 'Role:starter', ['sa:ci/deployer'])])).toEqual([]);
  });
  it('follows the closure: a ServiceAccount gained can itself create pods elsewhere', () => {
    const f = findingsOf(ID, [...base, serviceAccount('mid', 'hop'), role('mid', 'starter', [rule(['create'], ['pods'])]), roleBinding('mid', 'b', 'Role:starter', ['user:alice']), role('apps', 'starter', [rule(['create'], ['pods'])]), roleBinding('apps', 'b2', 'Role:starter', ['sa:mid/hop'])]);
    const alice = f.find((x) => x.message.startsWith('User alice'))!;
    expect(alice.properties?.gains).toEqual(expect.arrayContaining(['system:serviceaccount:mid:hop', 'system:serviceaccount:apps:db-admin']));
  });
});
