import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'pod-exec';

describe(ID, () => {
  it('reports create on pods/exec in a namespace', () => {
    const f = findingsOf(ID, [role('a', 'r', [rule(['create'], ['pods/exec'])]), roleBinding('a', 'b', 'Role:r', ['user:dev']), deployment('a', 'web', 'web-sa')]);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('User dev');
    expect(f[0]!.message).toContain('create pods/exec in a');
  });
  it('names the workload whose pods carry the token it gains', () => {
    const f = findingsOf(ID, [role('a', 'r', [rule(['create'], ['pods/exec'])]), roleBinding('a', 'b', 'Role:r', ['user:dev']), deployment('a', 'web', 'web-sa'), role('a', 'w', [rule(['list'], ['secrets'])]), roleBinding('a', 'w', 'Role:w', ['sa:a/web-sa'])]);
    expect(f[0]!.message).toMatch(/→ acts as system:serviceaccount:a:web-sa \(Deployment a\/web, rbac\.yaml:\d+, runs with its token\); system:serviceaccount:a:web-sa holds list secrets \(core\) in a/);
  });
  it('does not report pods alone, or another subresource', () => {
    expect(findingsOf(ID, [role('a', 'r', [rule(['create', 'get'], ['pods', 'pods/log'])]), roleBinding('a', 'b', 'Role:r', ['user:dev'])])).toEqual([]);
  });
  it('does not report it when it is a declared need', () => {
    const need = [{ serviceAccount: 'a/ops', rules: [{ apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }] }];
    expect(findingsOf(ID, [serviceAccount('a', 'ops'), role('a', 'r', [rule(['create'], ['pods/exec'])]), roleBinding('a', 'b', 'Role:r', ['sa:a/ops'])], need)).toEqual([]);
  });
});
