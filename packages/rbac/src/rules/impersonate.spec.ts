import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'impersonate';

describe(ID, () => {
  it('reports impersonating a named user and any group as reaching system:masters', () => {
    const f = findingsOf(ID, [clusterRole('imp', [rule(['impersonate'], ['users'], [''], ['audit']), rule(['impersonate'], ['groups'])]), clusterRoleBinding('b', 'ClusterRole:imp', ['sa:support/helpdesk'])]);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('critical');
    expect(f[0]!.message).toContain('system:masters');
  });
  it('reports impersonating one user without groups as high, not critical', () => {
    const f = findingsOf(ID, [clusterRole('imp', [rule(['impersonate'], ['users'], [''], ['audit'])]), clusterRoleBinding('b', 'ClusterRole:imp', ['user:helper'])]);
    expect(f.map((x) => x.severity)).toEqual(['high']);
  });
  it('does not report impersonate granted only inside a namespace on users (cluster-scoped)', () => {
    expect(findingsOf(ID, [clusterRole('imp', [rule(['impersonate'], ['users'])]), roleBinding('a', 'b', 'ClusterRole:imp', ['user:helper'])])).toEqual([]);
  });
});
