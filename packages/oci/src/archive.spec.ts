import { mkdtempSync, openSync, ftruncateSync, closeSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openImageArchive } from './archive.js';
import { ArchiveError } from './errors.js';
import { writeImageArchive } from './testing.js';

const dir = mkdtempSync(join(tmpdir(), 'fc-archive-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const layers = [{ entries: [{ path: 'etc', type: 'dir' as const }, { path: 'etc/passwd', content: 'root:x:0:0::/root:/bin/sh\n' }] }, { entries: [{ path: 'app', type: 'dir' as const }] }];

describe('openImageArchive', () => {
  it('reads a docker save archive: config, tags, layers with diff ids', async () => {
    const file = join(dir, 'docker.tar');
    const { diffIds, configDigest } = await writeImageArchive(file, { layers, user: 'airflow', repoTag: 'x/y:1' });
    const a = await openImageArchive(file);
    expect(a.format).toBe('docker-save');
    expect(a.config.config?.User).toBe('airflow');
    expect(a.repoTags).toEqual(['x/y:1']);
    expect(a.configDigest).toBe(configDigest);
    expect(a.layers.map((l) => l.diffId)).toEqual(diffIds);
    expect(a.layers[1]!.createdBy).toBe('layer 1');
  });
  it('reads an OCI layout with gzip layers', async () => {
    const file = join(dir, 'oci.tar');
    const { diffIds } = await writeImageArchive(file, { layers, user: '50000', format: 'oci-layout', gzip: true, repoTag: 'x/y:2' });
    const a = await openImageArchive(file);
    expect(a.format).toBe('oci-layout');
    expect(a.repoTags).toEqual(['x/y:2']);
    expect(a.layers.map((l) => l.diffId)).toEqual(diffIds);
    expect(a.layers[0]!.blobDigest).not.toBe(diffIds[0]);
  });
  it('refuses a missing file, an empty file, and a tar that is not an image', async () => {
    await expect(openImageArchive(join(dir, 'nope.tar'))).rejects.toThrow(/no such file/);
    const empty = join(dir, 'empty.tar');
    writeFileSync(empty, Buffer.alloc(1024));
    await expect(openImageArchive(empty)).rejects.toThrow(/empty archive/);
  });
  it('refuses a truncated archive with a clear reason', async () => {
    const file = join(dir, 'trunc.tar');
    await writeImageArchive(file, { layers });
    const fd = openSync(file, 'r+');
    ftruncateSync(fd, Math.floor(statSync(file).size / 2) + 100);
    closeSync(fd);
    const err = await openImageArchive(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArchiveError);
    expect((err as Error).message).toMatch(/truncated|missing|not in the archive/);
  });
});

describe('archive metadata nesting bound', () => {
  it('a manifest.json nested deeper than 200 is an ArchiveError naming the archive, the entry and the line', async () => {
    const { pack } = await import('tar-stream');
    const d = mkdtempSync(join(tmpdir(), 'fc-oci-deep-'));
    try {
      const file = join(d, 'image.tar');
      const p = pack();
      const chunks: Buffer[] = [];
      p.on('data', (c: Buffer) => chunks.push(c));
      const done = new Promise((r) => p.on('end', r));
      p.entry({ name: 'manifest.json' }, `[\n${'['.repeat(100_000)}${']'.repeat(100_000)}]`);
      p.finalize();
      await done;
      writeFileSync(file, Buffer.concat(chunks));
      const e = await openImageArchive(file).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ArchiveError);
      expect((e as Error).message).toBe(`${file}: manifest.json (manifest.json): JSON nesting deeper than 200 (line 2)`);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
