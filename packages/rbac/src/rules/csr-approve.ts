import { escalationRule } from './helpers/escalation-rule.js';

export const csrApprove = escalationRule({
  id: 'csr-approve',
  description:
    'A subject can approve or sign certificate signing requests: with the kube-apiserver-client signer it issues client certificates for any user in any group, system:masters included.',
  resolution: "Keep CSR approval and signing to the cluster's own controllers; restrict signers by resourceNames.",
});
