import { escalationRule } from './helpers/escalation-rule.js';

export const nodesProxy = escalationRule({
  id: 'nodes-proxy',
  description:
    "A subject can reach nodes/proxy: the kubelet API of every node, which runs commands in any pod on it (kube-system's included) without the pod-level checks.",
  resolution: 'Remove nodes/proxy; metrics collectors need nodes/metrics or /metrics, not the proxy.',
});
