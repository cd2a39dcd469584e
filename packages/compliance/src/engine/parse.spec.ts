import { InputError } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { parseManifests } from './parse.js';

const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers: [{name: a, image: "a:1"}]\n`;

describe('parseManifests', () => {
  it('gives each document the line after its --- marker', () => {
    const r = parseManifests(`---\n${pod('a')}---\n${pod('b')}`, 'f.yaml');
    expect(r.objects.map((o) => [o.metadata.name, o.line])).toEqual([['a', 2], ['b', 9]]);
  });
  it('expands v1 List items with the line of the List, and passes over unknown kinds', () => {
    const r = parseManifests('apiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: Service, metadata: {name: s}}\n  - {apiVersion: example.com/v1, kind: Widget, metadata: {name: w}}\n', 'l.yaml');
    expect(r.objects).toHaveLength(1);
    expect(r.objects[0]).toMatchObject({ kind: 'Service', line: 1 });
    expect(r.skipped).toEqual([{ file: 'l.yaml', line: 1, apiVersion: 'example.com/v1', kind: 'Widget', name: 'w' }]);
  });
  it('the template inherits the namespace; CronJob templates are found', () => {
    const r = parseManifests('apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c, namespace: n}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        metadata: {labels: {a: b}}\n        spec: {containers: []}\n', 'c.yaml');
    expect(r.objects[0]!.pod).toMatchObject({ namespace: 'n', labels: { a: 'b' } });
  });
  it('takes a Helm # Source: name, skips blank documents, and keeps CRLF files working', () => {
    const r = parseManifests(`---\n# Source: chart/templates/pod.yaml\n${pod('h')}---\n# only a comment\n`.replace(/\n/g, '\r\n'), 'rendered.yaml');
    expect(r.objects).toHaveLength(1);
    expect(r.objects[0]).toMatchObject({ file: 'chart/templates/pod.yaml', line: 1 });
  });
  it('rejects documents that are not objects, with the line', () => {
    expect(() => parseManifests('---\n- a\n', 'x.yaml')).toThrow(InputError);
    expect(() => parseManifests('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: {a: 1}}\n', 'x.yaml')).toThrow(/spec.containers must be a sequence/);
    expect(() => parseManifests('kind: Pod\nmetadata: {name: p}\n', 'x.yaml')).toThrow(/has no apiVersion/);
  });
  it('bounds aliases', () => {
    let text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\ndata:\n  a0: &a0 [x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++) text += `  a${i}: &a${i} [${Array(8).fill(`*a${i - 1}`).join(', ')}]\n`;
    expect(() => parseManifests(text, 'bomb.yaml')).toThrow(/alias/i);
  });
});

describe('parseManifests cost', () => {
  it('is linear in the input: doubling a stream of Deployments at most about doubles the time (medians of 5)', () => {
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
      return samples.sort((a, b) => a - b)[2]!;
    };
    time(200);
    const t1 = time(1000);
    const t2 = time(2000);
    expect(t2 / t1).toBeLessThan(3);
  }, 120_000);
});
