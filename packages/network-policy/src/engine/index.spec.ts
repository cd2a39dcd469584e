import { describe, expect, it } from 'vitest';
import { deploy, topologyOf } from './fixture.spec.js';
import { PolicyIndex } from './index.js';

const anp = (name: string, priority: number, ingress: string) =>
  `apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata: {name: ${name}}\nspec:\n  priority: ${priority}\n  subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: n}}}\n  ingress:\n${ingress}---\n`;

describe('PolicyIndex.decide', () => {
  const base = deploy('a', 'n', { app: 'a' }) + deploy('b', 'n', { app: 'b' });
  it('isolates only the directions a policy selects, and resolves named ports on the destination', () => {
    const t = topologyOf(`${base}apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: n}\nspec:\n  podSelector: {matchLabels: {app: a}}\n  ingress: [{from: [{podSelector: {matchLabels: {app: b}}}], ports: [{port: http}]}]\n`);
    const ix = new PolicyIndex(t);
    const [a, b] = t.workloads as [any, any];
    expect(ix.decide('ingress', a, { w: b }).toString()).toBe('TCP 8080');
    expect(ix.decide('egress', a, { w: b }).toString()).toBe('All Connections');
    expect(ix.isolated(a, 'egress')).toBe(false);
    expect(ix.decide('ingress', b, { w: a }).toString()).toBe('All Connections');
  });
  it('applies admin policies in priority order: an earlier Deny wins, Pass goes to the NetworkPolicies', () => {
    const t = topologyOf(
      base +
        anp('deny', 1, '  - {action: Deny, from: [{namespaces: {}}], ports: [{portNumber: {protocol: TCP, port: 80}}]}\n') +
        anp('allow', 2, '  - {action: Allow, from: [{namespaces: {}}], ports: [{portNumber: {protocol: TCP, port: 80}}, {portNumber: {protocol: TCP, port: 81}}]}\n  - {action: Pass, from: [{namespaces: {}}], ports: [{portNumber: {protocol: TCP, port: 82}}]}\n') +
        `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny-all, namespace: n}\nspec: {podSelector: {}}\n`,
    );
    const ix = new PolicyIndex(t);
    const [a, b] = t.workloads as [any, any];
    // 80 denied by the first ANP, 81 allowed by the second, 82 passed to the NetworkPolicy (deny all)
    expect(ix.decide('ingress', a, { w: b }).toString()).toBe('TCP 81');
  });
  it('lets the baseline decide only where no NetworkPolicy selects the pod', () => {
    const t = topologyOf(`${base}apiVersion: policy.networking.k8s.io/v1alpha1\nkind: BaselineAdminNetworkPolicy\nmetadata: {name: default}\nspec:\n  subject: {namespaces: {}}\n  ingress: [{action: Deny, from: [{pods: {namespaceSelector: {}, podSelector: {matchLabels: {app: b}}}}]}]\n`);
    const ix = new PolicyIndex(t);
    const [a, b] = t.workloads as [any, any];
    expect(ix.decide('ingress', a, { w: b }).isEmpty()).toBe(true);
    expect(ix.decide('ingress', b, { w: a }).isAll()).toBe(true);
  });
});
