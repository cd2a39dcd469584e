import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'csr-approve';

describe(ID, () => {
  const csr = (signer: string[]) => clusterRole('approver', [rule(['update'], ['certificatesigningrequests/approval'], ['certificates.k8s.io']), rule(['approve'], ['signers'], ['certificates.k8s.io'], signer)]);
  it('reports approval for the kube-apiserver-client signer as critical', () => {
    const f = findingsOf(ID, [csr(['kubernetes.io/kube-apiserver-client']), clusterRoleBinding('a', 'ClusterRole:approver', ['user:bot'])]);
    expect(f.map((x) => x.severity)).toEqual(['critical']);
  });
  it('reports approval for another signer as high', () => {
    expect(findingsOf(ID, [csr(['example.com/serving']), clusterRoleBinding('a', 'ClusterRole:approver', ['user:bot'])]).map((x) => x.severity)).toEqual(['high']);
  });
  it('does not report approve on signers without update on the approval subresource', () => {
    expect(findingsOf(ID, [clusterRole('approver', [rule(['approve'], ['signers'], ['certificates.k8s.io'])]), clusterRoleBinding('a', 'ClusterRole:approver', ['user:bot'])])).toEqual([]);
  });
});
