import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'serviceaccount-token-create';

describe(ID, () => {
  const base = [serviceAccount('kube-system', 'super'), CLUSTER_ADMIN, clusterRoleBinding('super', 'ClusterRole:cluster-admin', ['sa:kube-system/super'])];
  it('reports minting a token for a cluster-admin ServiceAccount as critical', () => {
    const f = findingsOf(ID, [...base, role('kube-system', 't', [rule(['create'], ['serviceaccounts/token'])]), roleBinding('kube-system', 'b', 'Role:t', ['sa:tools/broker'])]);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('critical');
    expect(f[0]!.message).toContain('create serviceaccounts/token super in kube-system');
  });
  it('respects resourceNames: a token only for a weaker ServiceAccount is no escalation', () => {
    expect(findingsOf(ID, [...base, serviceAccount('kube-system', 'weak'), role('kube-system', 't', [rule(['create'], ['serviceaccounts/token'], [''], ['weak'])]), roleBinding('kube-system', 'b', 'Role:t', ['sa:tools/broker'])])).toEqual([]);
  });
});
