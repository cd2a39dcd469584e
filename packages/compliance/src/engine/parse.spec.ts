import { describe, expect, it } from 'vitest';
import { parseManifests } from './parse.js';

const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers: [{name: a, image: "a:1"}]\n`;

describe('parseManifests (what kube-score scores)', () => {
  it('keeps the kinds kube-score decodes and passes over the others', () => {
    const r = parseManifests('apiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: Service, metadata: {name: s}}\n  - {apiVersion: example.com/v1, kind: Widget, metadata: {name: w}}\n  - {apiVersion: apps/v1, kind: ReplicaSet, metadata: {name: r}}\n', 'l.yaml');
    expect(r.objects.map((o) => [o.kind, o.line])).toEqual([['Service', 1]]);
    expect(r.skipped).toEqual([
      { file: 'l.yaml', line: 1, apiVersion: 'example.com/v1', kind: 'Widget', name: 'w' },
      { file: 'l.yaml', line: 1, apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'r' },
    ]);
  });
  it('an object kube-score would refuse is a problem at the line of its field; the others are kept', () => {
    const r = parseManifests(`${pod('a')}---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    resources:\n      limits: {cpu: lots}\n---\napiVersion: v1\nkind: Pod\nmetadata: {}\n`, 'x.yaml');
    expect(r.objects.map((o) => o.metadata.name)).toEqual(['a']);
    expect(r.problems).toEqual([
      { file: 'x.yaml', line: 15, reason: expect.stringMatching(/^Pod p: container c: resources.limits.cpu: /) },
      { file: 'x.yaml', line: 17, reason: 'v1/Pod has no metadata.name' },
    ]);
    const seq = parseManifests('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: {a: 1}}\n', 'x.yaml');
    expect(seq.problems).toEqual([{ file: 'x.yaml', line: 4, reason: 'Pod p: spec.containers must be a sequence' }]);
  });
  it('keeps the problems, passed-over documents and empty inputs of the model', () => {
    const r = parseManifests(`foo: 1\n---\n${pod('a')}`, 'x.yaml');
    expect(r.passedOver).toEqual([{ file: 'x.yaml', line: 1, reason: 'the document has no apiVersion and kind' }]);
    expect(parseManifests('a: [1\n', 'bad.yaml').problems[0]).toMatchObject({ file: 'bad.yaml', reason: expect.stringMatching(/invalid YAML/) });
    expect(parseManifests('# nothing\n', 'e.yaml').empty).toEqual(['e.yaml']);
  });
});
