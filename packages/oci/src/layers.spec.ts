import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openImageArchive } from './archive.js';
import { ArchiveError } from './errors.js';
import { walkLayers, type LayerEntry } from './layers.js';
import { writeImageArchive, writeSparseArchive } from './testing.js';

const dir = mkdtempSync(join(tmpdir(), 'fc-layers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function entriesOf(file: string): Promise<LayerEntry[]> {
  const out: LayerEntry[] = [];
  await walkLayers(await openImageArchive(file), (e) => void out.push(e));
  return out;
}

describe('walkLayers', () => {
  it('streams entries with layer index, owner, mode, type and whiteouts', async () => {
    const file = join(dir, 'a.tar');
    await writeImageArchive(file, {
      gzip: true,
      format: 'oci-layout',
      layers: [
        { entries: [{ path: 'usr/bin/su', mode: 0o4755, content: 'x' }, { path: 'lib', type: 'symlink', linkTarget: 'usr/lib' }] },
        { entries: [{ path: 'usr/bin/.wh.su', content: '' }, { path: 'opt/.wh..wh..opq', content: '' }, { path: 'opt/a', uid: 50000, gid: 50000, content: 'a' }] },
      ],
    });
    const es = await entriesOf(file);
    expect(es.map((e) => [e.layer, e.path])).toEqual([[0, '/usr/bin/su'], [0, '/lib'], [1, '/usr/bin/.wh.su'], [1, '/opt/.wh..wh..opq'], [1, '/opt/a']]);
    expect(es[0]!.mode).toBe(0o4755);
    expect(es[1]).toMatchObject({ type: 'symlink', linkTarget: 'usr/lib' });
    expect(es[2]!.whiteout).toEqual({ kind: 'file', target: '/usr/bin/su' });
    expect(es[3]!.whiteout).toEqual({ kind: 'opaque', target: '/opt' });
    expect(es[4]).toMatchObject({ uid: 50000, gid: 50000 });
  });
  it('marks an entry that escapes the root as invalid, never applies it', async () => {
    const file = join(dir, 'escape.tar');
    await writeImageArchive(file, { layers: [{ entries: [{ path: '../../etc/cron.d/x', content: 'evil' }, { path: 'ok', content: '1' }] }] });
    const es = await entriesOf(file);
    expect(es[0]!.invalid).toMatch(/escapes the root/);
    expect(es[1]!.invalid).toBeUndefined();
  });
  it('reads small contents on request and refuses more than asked', async () => {
    const file = join(dir, 'read.tar');
    await writeImageArchive(file, { layers: [{ entries: [{ path: 'etc/passwd', content: 'root:x:0:0::/root:/bin/sh\n' }, { path: 'big', size: 100_000 }] }] });
    const archive = await openImageArchive(file);
    const texts: string[] = [];
    await walkLayers(archive, async (e, body) => {
      if (e.path === '/etc/passwd') texts.push((await body.read()).toString());
    });
    expect(texts).toEqual(['root:x:0:0::/root:/bin/sh\n']);
    await expect(walkLayers(archive, async (e, body) => void (e.path === '/big' && (await body.read(10))))).rejects.toThrow(/more than the 10/);
  });
  it('detects a layer whose content does not match its digest', async () => {
    const file = join(dir, 'tampered.tar');
    await writeImageArchive(file, { layers: [{ entries: [{ path: 'etc/motd', content: 'hello world' }] }] });
    const archive = await openImageArchive(file);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.from('HELLO'), 0, 5, archive.layers[0]!.offset + 512);
    closeSync(fd);
    await expect(walkLayers(archive, () => {})).rejects.toThrow(/does not match/);
  });
  it('reports a corrupt layer as an ArchiveError', async () => {
    const file = join(dir, 'corrupt.tar');
    await writeImageArchive(file, { gzip: true, layers: [{ entries: [{ path: 'etc/motd', size: 50_000 }] }] });
    const archive = await openImageArchive(file);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, archive.layers[0]!.offset + 20);
    closeSync(fd);
    await expect(walkLayers(archive, () => {})).rejects.toBeInstanceOf(ArchiveError);
  });
  it('streams a 2 GB layer without loading it', async () => {
    const file = join(dir, 'sparse.tar');
    await writeSparseArchive(file, 2 * 1024 ** 3);
    const archive = await openImageArchive(file);
    const before = process.memoryUsage().rss;
    const es = await entriesOf(file);
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ path: '/big.bin', size: 2 * 1024 ** 3 });
    expect(archive.layers[0]!.size).toBeGreaterThan(2 * 1024 ** 3);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 << 20);
  }, 60_000);
});
