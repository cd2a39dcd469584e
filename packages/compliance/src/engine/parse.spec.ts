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

describe('parseManifests cost', () => {
  it('is linear in the input: sixteen times the stream of Deployments costs about sixteen times the time, under 96 (n^1.65: the old-space collections of V8 grow with the live input), far from the 256 of a quadratic (fastest of 5)', () => {
    let run = 0;
    const deployment = (i: number) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d${i}-${run}\nspec:\n  selector: {matchLabels: {app: a}}\n  template:\n    metadata: {labels: {app: a}}\n    spec:\n      containers:\n        - name: c\n          image: nginx:1.25\n          resources: {limits: {cpu: 100m, memory: 64Mi}}\n`;
    const time = (n: number) => {
      const samples: number[] = [];
      for (let k = 0; k < 5; k++) {
        const text = Array.from({ length: n }, (_, i) => deployment(i)).join('---\n');
        run++;
        const t0 = performance.now();
        const out = parseManifests(text, 'm.yaml');
        samples.push(performance.now() - t0);
        expect(out.objects).toHaveLength(n);
      }
      // the fastest of 5: scheduling and GC noise only ever add time
      return Math.min(...samples);
    };
    time(100);
    const t1 = time(125);
    const t2 = time(2000);
    expect(t2 / t1, `${t1.toFixed(1)} ms -> ${t2.toFixed(1)} ms`).toBeLessThan(96);
  }, 120_000);
});
