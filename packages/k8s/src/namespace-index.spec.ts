import { describe, expect, it } from 'vitest';
import { NAMESPACE_NAME_LABEL, NamespaceIndex } from './namespace-index.js';
import { parseManifestText } from './parse.js';

const objects = parseManifestText(
  [
    'apiVersion: v1\nkind: Namespace\nmetadata: {name: a, labels: {team: x}}',
    'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: a, labels: {app: web}}\nspec: {containers: []}',
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d, namespace: b}\nspec: {template: {metadata: {labels: {app: web}}}}',
    'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}',
    'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}',
    'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: a}',
  ].join('\n---\n'),
  'f.yaml',
).objects;

describe('NamespaceIndex', () => {
  const i = new NamespaceIndex(objects, 'default');
  it('knows declared namespaces with their labels and the automatic name label, and the ones only named', () => {
    expect(i.namespaces().map((n) => [n.name, n.labels, Boolean(n.object)])).toEqual([
      ['a', { team: 'x', [NAMESPACE_NAME_LABEL]: 'a' }, true],
      ['b', { [NAMESPACE_NAME_LABEL]: 'b' }, false],
      ['default', { [NAMESPACE_NAME_LABEL]: 'default' }, false],
    ]);
    expect(i.namespaceLabels('elsewhere')).toEqual({ [NAMESPACE_NAME_LABEL]: 'elsewhere' });
  });
  it('finds objects by namespace, kind, pod labels and identity, cluster-scoped ones outside namespaces', () => {
    expect(i.inNamespace('a').map((o) => o.kind)).toEqual(['Pod', 'Pod']);
    expect(i.inNamespace('default').map((o) => o.kind)).toEqual(['ConfigMap']);
    expect(i.namespaceOf(i.ofKind('ClusterRole')[0]!)).toBe('');
    expect(i.pods.candidates('b', { app: 'web' }).map((o) => o.metadata.name)).toEqual(['d']);
    expect(i.find('v1', 'Pod', 'a', 'p')).toHaveLength(2);
    expect(i.duplicates().map((l) => l.map((o) => o.line))).toEqual([[5, 23]]);
  });
});
