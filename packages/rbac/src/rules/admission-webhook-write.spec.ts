import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'admission-webhook-write';

describe(ID, () => {
  it('reports patch on mutating webhook configurations', () => {
    const f = findingsOf(ID, [clusterRole('h', [rule(['patch'], ['mutatingwebhookconfigurations'], ['admissionregistration.k8s.io'])]), clusterRoleBinding('h', 'ClusterRole:h', ['sa:certs/injector'])]);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('ServiceAccount certs/injector');
  });
  it('does not report reading them', () => {
    expect(findingsOf(ID, [clusterRole('h', [rule(['get', 'list', 'watch'], ['mutatingwebhookconfigurations'], ['admissionregistration.k8s.io'])]), clusterRoleBinding('h', 'ClusterRole:h', ['sa:certs/injector'])])).toEqual([]);
  });
});
