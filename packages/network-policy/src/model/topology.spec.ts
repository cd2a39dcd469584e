import { describe, expect, it } from 'vitest';
import { readManifestText } from '../manifests.js';
import { buildTopology } from './topology.js';

describe('topology', () => {
  it('labels namespaces with kubernetes.io/metadata.name, reads services and ingress backends, reports bad policies with their line', () => {
    const { objects } = readManifestText(`apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {team: a}}
---
apiVersion: v1
kind: Pod
metadata: {name: p, namespace: other, labels: {app: p}}
spec: {containers: [{name: c}]}
---
apiVersion: v1
kind: Service
metadata: {name: s, namespace: shop}
spec: {selector: {app: p}, ports: [{port: 80, targetPort: http}]}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: i, namespace: shop}
spec: {defaultBackend: {service: {name: s, port: {number: 80}}}}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: bad, namespace: shop}
spec:
  podSelector: {}
  ingress:
  - from:
    - ipBlock: {cidr: nonsense}
`, 't.yaml');
    const t = buildTopology(objects);
    expect(t.namespaces.get('shop')).toEqual({ team: 'a', 'kubernetes.io/metadata.name': 'shop' });
    expect(t.namespaces.get('other')).toEqual({ 'kubernetes.io/metadata.name': 'other' });
    expect(t.services[0]!.ports).toEqual([{ port: 80, targetPort: 'http' }]);
    expect(t.backends).toMatchObject([{ ns: 'shop', service: 's', port: 80 }]);
    expect(t.policies).toHaveLength(0);
    expect(t.problems[0]).toMatchObject({ level: 'error', file: 't.yaml', line: 27, object: { kind: 'NetworkPolicy', name: 'bad' } });
    expect(t.problems[0]!.message).toMatch(/invalid CIDR "nonsense"/);
  });
  it('rejects two admin policies of one priority and a baseline not named default', () => {
    const anp = (name: string, kind = 'AdminNetworkPolicy') => `apiVersion: policy.networking.k8s.io/v1alpha1\nkind: ${kind}\nmetadata: {name: ${name}}\nspec: {priority: 3, subject: {namespaces: {}}}\n`;
    const t = buildTopology(readManifestText([anp('a'), anp('b'), anp('x', 'BaselineAdminNetworkPolicy')].join('---\n'), 'a.yaml').objects);
    expect(t.problems.map((p) => p.message)).toEqual([expect.stringMatching(/same priority \(3\)/), expect.stringMatching(/named "default"/)]);
  });
});
