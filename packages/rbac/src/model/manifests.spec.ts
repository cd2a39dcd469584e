import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifests, parseManifestText } from './manifests.js';

describe('parseManifestText', () => {
  it('reads documents and List items with their lines, and pod templates', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ServiceAccount\n    metadata: {name: a, namespace: n}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  template:\n    spec:\n      serviceAccountName: a\n';
    const out = parseManifestText(text, 'f.yaml');
    expect(out.objects.map((o) => [o.kind, o.line])).toEqual([['ServiceAccount', 4], ['Deployment', 8]]);
    expect(out.objects[1]!.pod?.spec.serviceAccountName).toBe('a');
    expect(out.objects[1]!.lineOf(['spec', 'template', 'spec', 'serviceAccountName'])).toBe(15);
    expect(out.objects[1]!.lineOf(['spec', 'missing'])).toBe(12);
  });
  it('makes a problem of bad YAML and passes over non-objects, never throwing', () => {
    const out = parseManifestText('a: [\n---\n- 1\n---\nkind: X\n', 'f.yaml');
    expect(out.problems[0]).toMatchObject({ file: 'f.yaml', reason: expect.stringContaining('invalid YAML') });
    expect(out.passedOver.map((p) => p.reason)).toEqual(['not a mapping', 'no apiVersion or kind']);
  });
  it('bounds aliases (billion laughs)', () => {
    const bomb = 'a: &a [x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
    expect(parseManifestText(bomb, 'b.yaml').problems).toHaveLength(1);
  });
});

describe('loadManifests', () => {
  it('walks directories and reports unreadable paths as problems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-rbac-load-'));
    writeFileSync(join(dir, 'a.yaml'), 'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: a}\n');
    writeFileSync(join(dir, 'b.json'), '{"apiVersion":"v1","kind":"ServiceAccount","metadata":{"name":"b"}}');
    writeFileSync(join(dir, 'c.txt'), 'ignored');
    const out = await loadManifests([dir]);
    expect(out.objects.map((o) => o.metadata.name)).toEqual(['a', 'b']);
    const missing = await loadManifests([join(dir, 'nope.yaml')]);
    expect(missing.problems[0]!.reason).toContain('no such file');
  });
});
