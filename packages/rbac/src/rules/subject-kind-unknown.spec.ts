import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'subject-kind-unknown';

describe(ID, () => {
  it('reports a subject of kind Users', () => {
    const f = findingsOf(ID, [role('a', 'r', [rule(['get'], ['pods'])]), roleBinding('a', 'x', 'Role:r', [{ kind: 'Users', name: 'alice' }])]);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('"Users"');
  });
  it('accepts User, Group and ServiceAccount', () => {
    expect(findingsOf(ID, [role('a', 'r', [rule(['get'], ['pods'])]), roleBinding('a', 'x', 'Role:r', ['user:a', 'group:b', 'sa:c'])])).toEqual([]);
  });
});
