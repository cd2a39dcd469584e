import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifests, parseManifestText } from './load.js';

describe('stand-in manifest loader (the @flightcheck/k8s contract)', () => {
  it('gives objects with their first line, lines of nodes, pod templates and Lists', () => {
    const m = parseManifestText('# c\napiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: { name: p, namespace: n }\n    spec:\n      containers:\n        - name: a\n', 'f.yaml');
    const [pod] = m.objects;
    expect(pod).toMatchObject({ kind: 'Pod', metadata: { name: 'p', namespace: 'n' }, pod: { specPath: ['spec'], namespace: 'n' } });
    expect(pod!.lineOf(['spec', 'containers', 0])).toBe(10);
    expect(pod!.lineOf(['spec', 'nothing'])).toBe(8);
  });

  it('places embedded text at its line in the outer file', () => {
    expect(parseManifestText('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n', 'cm.yaml', 20).objects[0]!.line).toBe(21);
  });

  it('keeps problems per file and passes over non-objects', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-airflow-load-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'bad.yaml'), 'a: [\n');
    writeFileSync(join(dir, 'sub', 'ok.yml'), 'just: data\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
    const m = await loadManifests(['.', 'gone'], { cwd: dir });
    expect(m.objects.map((o) => o.kind)).toEqual(['ConfigMap']);
    expect(m.problems.map((p) => p.file)).toEqual(['bad.yaml', 'gone']);
    expect(m.passedOver).toHaveLength(1);
  });
});
