import { describe, expect, it } from 'vitest';
import { renderListTxt } from '../formats/np-guard.js';
import { computeConnectivity } from './connlist.js';
import { deploy, topologyOf } from './fixture.spec.js';

describe('computeConnectivity', () => {
  it('intersects egress and ingress, cuts IP space by the ipBlocks, leaves out self-connections', () => {
    const t = topologyOf(
      deploy('a', 'n', { app: 'a' }) +
        deploy('b', 'n', { app: 'b' }) +
        `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: n}\nspec:\n  podSelector: {matchLabels: {app: a}}\n  policyTypes: [Egress]\n  egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}, {podSelector: {matchLabels: {app: b}}}], ports: [{port: 443}]}]\n`,
    );
    const out = renderListTxt(computeConnectivity(t).connections).trim().split('\n');
    expect(out).toEqual([
      '0.0.0.0-255.255.255.255 => n/a[Deployment] : All Connections',
      '0.0.0.0-255.255.255.255 => n/b[Deployment] : All Connections',
      'n/a[Deployment] => 10.0.0.0-10.0.255.255 : TCP 443',
      'n/a[Deployment] => 10.2.0.0-10.255.255.255 : TCP 443',
      'n/a[Deployment] => n/b[Deployment] : TCP 443',
      'n/b[Deployment] => 0.0.0.0-9.255.255.255 : All Connections',
      'n/b[Deployment] => 10.0.0.0-10.0.255.255 : All Connections',
      'n/b[Deployment] => 10.1.0.0-10.1.255.255 : All Connections',
      'n/b[Deployment] => 10.2.0.0-10.255.255.255 : All Connections',
      'n/b[Deployment] => 11.0.0.0-255.255.255.255 : All Connections',
      'n/b[Deployment] => n/a[Deployment] : All Connections',
    ]);
  });
  it('lets the ingress controller reach what Ingress objects route to, as far as the policies allow', () => {
    const t = topologyOf(
      deploy('web', 'n', { app: 'web' }) +
        'apiVersion: v1\nkind: Service\nmetadata: {name: s, namespace: n}\nspec: {selector: {app: web}, ports: [{port: 80, targetPort: http}]}\n---\n' +
        'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i, namespace: n}\nspec: {rules: [{http: {paths: [{backend: {service: {name: s, port: {number: 80}}}}]}}]}\n',
    );
    const c = computeConnectivity(t).connections.find((x) => x.src === '{ingress-controller}');
    expect(c?.dst).toBe('n/web[Deployment]');
    expect(c?.conn.toString()).toBe('TCP 8080');
  });
});
