import { describe, expect, it } from 'vitest';
import { diffLineText, diffTopologies } from './diff.js';
import { deploy, topologyOf } from './fixture.spec.js';

describe('diffTopologies', () => {
  it('reports changed, added and removed pairs with the workloads that exist on one side', () => {
    const base = topologyOf(deploy('a', 'n', { app: 'a' }) + deploy('b', 'n', { app: 'b' }));
    const head = topologyOf(
      deploy('a', 'n', { app: 'a' }) +
        deploy('c', 'n', { app: 'c' }) +
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: n}\nspec:\n  podSelector: {matchLabels: {app: a}}\n  ingress: [{ports: [{port: 80}]}]\n',
    );
    const lines = diffTopologies(base, head).lines.map((l) => diffLineText(l));
    expect(lines).toContain('diff-type: changed, source: 0.0.0.0-255.255.255.255, destination: n/a[Deployment], ref1: All Connections, ref2: TCP 80');
    expect(lines).toContain('diff-type: added, source: n/a[Deployment], destination: n/c[Deployment], ref1: No Connections, ref2: All Connections, workloads-diff-info: workload n/c[Deployment] added');
    expect(lines).toContain('diff-type: removed, source: n/b[Deployment], destination: n/a[Deployment], ref1: All Connections, ref2: No Connections, workloads-diff-info: workload n/b[Deployment] removed');
    expect(lines.findIndex((l) => l.includes('changed'))).toBeLessThan(lines.findIndex((l) => l.includes('added')));
  });
  it('prints nothing when nothing changed', () => {
    const t = deploy('a', 'n', { app: 'a' });
    expect(diffTopologies(topologyOf(t), topologyOf(t)).lines).toEqual([]);
  });
});
