import { describe, expect, it } from 'vitest';
import { parseManifestText, podTemplateOf } from './manifests.js';

describe('manifest loading (stand-in for @flightcheck/k8s)', () => {
  it('reads documents and List items with their lines and pod templates', () => {
    const text = '# c\napiVersion: v1\nkind: Pod\nmetadata: { name: p, annotations: { a: 1 } }\nspec:\n  containers:\n    - name: x\n---\napiVersion: v1\nkind: List\nitems:\n  - apiVersion: batch/v1\n    kind: CronJob\n    metadata: { name: c }\n    spec:\n      jobTemplate:\n        spec:\n          template:\n            spec: { containers: [] }\n';
    const m = parseManifestText(text, 'f.yaml');
    expect(m.objects.map((o) => `${o.kind}@${o.line}`)).toEqual(['Pod@2', 'CronJob@12']);
    expect(m.objects[0]!.metadata.annotations).toEqual({ a: '1' });
    expect(m.objects[0]!.lineOf(['spec', 'containers', 0, 'name'])).toBe(7);
    expect(m.objects[0]!.lineOf(['spec', 'containers', 0, 'securityContext', 'x'])).toBe(7);
    expect(m.objects[1]!.pod?.specPath).toEqual(['spec', 'jobTemplate', 'spec', 'template', 'spec']);
  });
  it('reports a document that does not parse, and keeps the others', () => {
    const m = parseManifestText('apiVersion: v1\nkind: Pod\nmetadata: { name: [ }\n---\napiVersion: v1\nkind: Namespace\nmetadata: { name: n }\n', 'f.yaml');
    expect(m.objects.map((o) => o.kind)).toEqual(['Namespace']);
    expect(m.problems).toHaveLength(1);
    expect(m.problems[0]!.reason).toMatch(/^invalid YAML/);
  });
  it('finds no template where a kind has none, or where it is not a mapping', () => {
    expect(podTemplateOf({ kind: 'Service', raw: {} })).toBeUndefined();
    expect(podTemplateOf({ kind: 'Deployment', raw: { spec: { template: { spec: [] } } } })).toBeUndefined();
  });
});
