import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifestFiles, manifestFiles, parseManifestText } from './load.js';

describe('reading manifests', () => {
  it('keeps the documents before a syntax error and reports it with its line', () => {
    const r = parseManifestText('kind: Pod\nmetadata: {name: a}\n---\nkind: Pod\nmetadata: {name: [b\n---\nkind: Pod\nmetadata: {name: c}\n', 'x.yaml');
    expect(r.objects.map((o) => o.metadata.name)).toEqual(['a']);
    expect(r.problems[0]!.file).toBe('x.yaml');
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(5);
    expect(r.problems[0]!.line).toBeLessThanOrEqual(6);
    expect(r.problems[0]!.reason).toMatch(/rest of the file are not read/);
  });
  it('expands Lists (items may omit kind), passes over non-Kubernetes JSON, finds lines lazily', () => {
    const r = parseManifestText('{"apiVersion": "v1", "kind": "PodList", "items": [{"metadata": {"name": "p"}}]}', 'l.json');
    expect(r.objects[0]).toMatchObject({ kind: 'Pod', metadata: { name: 'p' } });
    expect(parseManifestText('[1, 2]', 'o.json').passedOver[0]!.reason).toMatch(/not a Kubernetes object/);
    const y = parseManifestText('---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: c\n', 'p.yaml').objects[0]!;
    expect(y.line).toBe(2);
    expect(y.lineOf(['spec', 'containers', 0])).toBe(8);
    expect(y.lineOf(['spec', 'nothing'])).toBe(7);
  });
  it('reads directories recursively (yaml, yml, json) and reports unreadable files without losing the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'np-load-'));
    writeFileSync(join(dir, 'a.yaml'), 'kind: Namespace\nmetadata: {name: a}\n');
    writeFileSync(join(dir, 'b.txt'), 'kind: Namespace\n');
    writeFileSync(join(dir, 'c.json'), Buffer.from([0, 1, 2]));
    const files = manifestFiles([dir], dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.yaml', 'c.json']);
    const r = loadManifestFiles(files);
    expect(r.objects).toHaveLength(1);
    expect(r.problems[0]!.reason).toMatch(/binary/);
  });
});
