import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectManifestFiles, verifyManifests } from './verify-manifests.js';

const D = `sha256:${'a'.repeat(64)}`;

describe('verifyManifests without a key (pinning only)', () => {
  const r = mkdtempSync(join(tmpdir(), 'fc-vm-'));
  mkdirSync(join(r, 'm', 'sub'), { recursive: true });
  mkdirSync(join(r, 'm', '.hidden'), { recursive: true });
  writeFileSync(join(r, 'm', 'a.yaml'), `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n      containers:\n        - name: x\n          image: r.example/x@${D}\n        - name: y\n          image: r.example/y:1\n`);
  writeFileSync(join(r, 'm', 'sub', 'b.yml'), 'kind: Pod\nspec: [broken');
  writeFileSync(join(r, 'm', '.hidden', 'c.yaml'), 'kind: Pod\n');
  writeFileSync(join(r, 'm', 'notes.txt'), 'x');

  it('collects YAML files, skipping hidden folders', () => {
    expect(collectManifestFiles(['m'], r).map((f) => f.slice(r.length + 1))).toEqual(['m/a.yaml', 'm/sub/b.yml']);
    expect(() => collectManifestFiles(['nope'], r)).toThrow(/no such file/);
  });
  it('reports unpinned images with file, line and object, and unreadable files as errors', async () => {
    const report = await verifyManifests({ paths: ['m'], cwd: r, root: r, env: {} });
    const [a, b] = report.results;
    expect(a!.findings).toHaveLength(1);
    expect(a!.findings[0]).toMatchObject({ ruleId: 'image-not-pinned', location: { file: 'm/a.yaml', line: 11 }, object: { kind: 'Deployment', name: 'd' } });
    expect(b!.error).toMatch(/m\/sub\/b.yml.*invalid YAML/);
  });
});

describe('verifyManifests limits', () => {
  it('refuses to verify more distinct images than the limit (no cosign is run)', async () => {
    const r = mkdtempSync(join(tmpdir(), 'fc-vm-'));
    const items = Array.from({ length: 501 }, (_, i) => `  - apiVersion: v1\n    kind: Pod\n    metadata: {name: p${i}}\n    spec: {containers: [{name: c, image: "r.example/a${i}@${D}"}]}`).join('\n');
    writeFileSync(join(r, 'many.yaml'), `apiVersion: v1\nkind: List\nitems:\n${items}\n`);
    writeFileSync(join(r, 'k.pub'), '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n');
    const report = await verifyManifests({ paths: ['many.yaml'], cwd: r, root: r, env: {}, key: 'k.pub', cosignPath: '/nonexistent' });
    expect(report.results.at(-1)!.error).toMatch(/501 distinct images/);
  });
});
