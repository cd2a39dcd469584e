import { describe, expect, it } from 'vitest';
import { parseManifestText } from './parse.js';
import { expandTypedLists } from './typed-lists.js';

describe('expandTypedLists', () => {
  it('replaces a typed list by its items: kind and apiVersion from the list when missing, lines of the item', () => {
    const text = 'apiVersion: v1\nkind: PodList\nitems:\n- metadata:\n    name: a\n    namespace: n\n    labels: {app: x}\n  spec:\n    containers: [{name: c}]\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: b}\n- 42\n';
    const r = expandTypedLists(parseManifestText(text, 'l.yaml'));
    expect(r.objects.map((o) => [o.apiVersion, o.kind, o.metadata.namespace, o.metadata.name])).toEqual([
      ['v1', 'Pod', 'n', 'a'],
      ['v1', 'Pod', undefined, 'b'],
    ]);
    const a = r.objects[0]!;
    expect(a.metadata.labels).toEqual({ app: 'x' });
    expect(a.line).toBe(4);
    expect(a.lineOf(['spec', 'containers'])).toBe(9);
    expect(a.pod?.labels).toEqual({ app: 'x' });
    expect(r.passedOver).toEqual([{ file: 'l.yaml', line: 13, reason: 'PodList item 2 is not a Kubernetes object (a mapping)' }]);
  });
  it('leaves other objects (and a list kind without items) as they are, in order', () => {
    const text = '{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "n"}}\n---\n{"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicyList", "items": [{"metadata": {"name": "p"}}]}\n---\napiVersion: v1\nkind: ConfigMapList\n';
    const r = expandTypedLists(parseManifestText(text, 'j.yaml'));
    expect(r.objects.map((o) => `${o.apiVersion} ${o.kind} ${o.metadata.name ?? ''}`)).toEqual(['v1 Namespace n', 'networking.k8s.io/v1 NetworkPolicy p', 'v1 ConfigMapList ']);
  });
});
