import { describe, expect, it } from 'vitest';
import { computeConnectivity } from './connlist.js';
import { computeExposure } from './exposure.js';
import { deploy, topologyOf } from './fixture.spec.js';

describe('computeExposure', () => {
  it('shows representative peers for rules no listed pod covers, and the unprotected directions', () => {
    const t = topologyOf(
      deploy('a', 'n', { app: 'a' }) +
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: n}\nspec:\n  podSelector: {}\n  ingress:\n  - {from: [{namespaceSelector: {matchLabels: {team: x}}}], ports: [{port: 80}]}\n  - {from: [{podSelector: {matchLabels: {app: a}}}]}\n',
    );
    const c = computeConnectivity(t);
    const e = computeExposure(c);
    expect(e.ingress.map((l) => `${l.peer} : ${l.conn.toString()}`)).toEqual(['[namespace with {team=x}]/[all pods] : TCP 80']);
    expect(e.egress.map((l) => `${l.peer} : ${l.conn.toString()}`)).toEqual(['0.0.0.0-255.255.255.255 : All Connections', 'entire-cluster : All Connections']);
    expect(e.unprotected.map((u) => u.direction)).toEqual(['Egress']);
  });
});
