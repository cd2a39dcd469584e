import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'pod-patch';

describe(ID, () => {
  it('reports patch on pods with the ServiceAccounts of the pods running there', () => {
    const f = findingsOf(ID, [serviceAccount('a', 'web-sa'), role('a', 'r', [rule(['patch'], ['pods'])]), roleBinding('a', 'b', 'Role:r', ['user:dev']), deployment('a', 'web', 'web-sa')]);
    expect(f).toHaveLength(1);
    expect(f[0]!.properties?.gains).toEqual(['system:serviceaccount:a:web-sa']);
  });
  it('leaves out pods that mount no token', () => {
    const f = findingsOf(ID, [serviceAccount('a', 'web-sa', false), role('a', 'r', [rule(['update'], ['pods'])]), roleBinding('a', 'b', 'Role:r', ['user:dev']), deployment('a', 'web', 'web-sa')]);
    expect(f[0]!.properties?.gains).toEqual([]);
  });
  it('does not report pods/status', () => {
    expect(findingsOf(ID, [role('a', 'r', [rule(['patch'], ['pods/status'])]), roleBinding('a', 'b', 'Role:r', ['user:dev'])])).toEqual([]);
  });
});
