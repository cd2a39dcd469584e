import { describe, expect, it } from 'vitest';
import { analyze, CLUSTER_ADMIN, clusterRoleBinding, role, roleBinding, rule, serviceAccount } from '../__fixtures__/build.js';

describe('analyzeEscalations', () => {
  it('follows steps transitively to cluster-admin and writes the path', () => {
    const a = analyze([
      serviceAccount('mid', 'hop'), serviceAccount('top', 'admin'), CLUSTER_ADMIN, clusterRoleBinding('adm', 'ClusterRole:cluster-admin', ['sa:top/admin']),
      role('mid', 'p', [rule(['create'], ['pods'])]), roleBinding('mid', 'p', 'Role:p', ['user:alice']),
      role('top', 't', [rule(['create'], ['serviceaccounts/token'])]), roleBinding('top', 't', 'Role:t', ['sa:mid/hop']),
    ]);
    const [e] = a.escalations.bySubject.get('User:alice')!;
    expect(e!.reached).toEqual(expect.arrayContaining(['system:serviceaccount:mid:hop', 'system:serviceaccount:top:admin']));
    expect(e!.reachesClusterAdmin).toBe(true);
    expect(e!.beyondOwn).toBe(true);
    expect(e!.path.join('\n')).toMatch(/as system:serviceaccount:mid:hop: mints tokens .* → system:serviceaccount:top:admin/);
  });
  it('marks a step that gains nothing the subject lacks', () => {
    const a = analyze([serviceAccount('a', 'weak'), role('a', 'p', [rule(['create', 'get'], ['pods'])]), roleBinding('a', 'p', 'Role:p', ['user:alice']), role('a', 'w', [rule(['get'], ['pods'])]), roleBinding('a', 'w', 'Role:w', ['sa:a/weak'])]);
    const [e] = a.escalations.bySubject.get('User:alice')!;
    expect(e!.beyondOwn).toBe(false);
    expect(e!.reachesClusterAdmin).toBe(false);
  });
});
