import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifestFiles, manifestFiles, readManifestText } from './manifests.js';

describe('reading manifests (through @flightcheck/k8s)', () => {
  it('keeps the documents before a syntax error and reports it with its line', () => {
    const r = readManifestText('apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: [b\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: c}\n', 'x.yaml');
    expect(r.objects.map((o) => o.metadata.name)).toEqual(['a']);
    expect(r.problems[0]!.file).toBe('x.yaml');
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(7);
    expect(r.problems[0]!.reason).toMatch(/rest of the file are not read/);
  });
  it('expands typed Lists (items may omit kind), finds lines of the items', () => {
    const r = readManifestText('{"apiVersion": "v1", "kind": "PodList", "items": [{"metadata": {"name": "p"}}]}', 'l.json');
    expect(r.objects[0]).toMatchObject({ kind: 'Pod', metadata: { name: 'p' } });
    const y = readManifestText('---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: c\n', 'p.yaml').objects[0]!;
    expect(y.line).toBe(2);
    expect(y.lineOf(['spec', 'containers', 0])).toBe(8);
  });
  it('reads directories recursively (yaml, yml, json) and reports unreadable files without losing the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'np-load-'));
    writeFileSync(join(dir, 'a.yaml'), 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n');
    writeFileSync(join(dir, 'b.txt'), 'apiVersion: v1\nkind: Namespace\n');
    writeFileSync(join(dir, 'c.json'), Buffer.from([0, 1, 2]));
    writeFileSync(join(dir, 'd.json'), '[{"not": "kubernetes"}]');
    const files = manifestFiles([dir], dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.yaml', 'c.json', 'd.json']);
    const r = loadManifestFiles(files);
    expect(r.objects).toHaveLength(1);
    expect(r.problems.map((p) => p.file.slice(dir.length + 1))).toEqual(['c.json', 'd.json']);
    expect(r.problems[0]!.reason).toMatch(/binary/);
  });
});
