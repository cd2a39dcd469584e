import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openImageArchive } from './archive.js';
import { buildFileTree, readFile } from './build-tree.js';
import { writeImageArchive, type EntrySpec } from './testing.js';

const dir = mkdtempSync(join(tmpdir(), 'fc-tree-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('buildFileTree / readFile', () => {
  it('merges layers and captures the winning version of small files', async () => {
    const file = join(dir, 'a.tar');
    await writeImageArchive(file, {
      layers: [
        { entries: [{ path: 'etc/passwd', content: 'v1' }, { path: 'etc/group', content: 'g1' }, { path: 'etc/shadow', content: 's' }] },
        { entries: [{ path: 'etc/passwd', content: 'v2' }, { path: 'etc/.wh.group', content: '' }] },
      ],
    });
    const archive = await openImageArchive(file);
    const { tree, files } = await buildFileTree(archive, { capture: (p) => p.startsWith('/etc/') });
    expect(files.get('/etc/passwd')?.toString()).toBe('v2');
    expect(files.has('/etc/group')).toBe(false);
    expect(tree.lookup('/etc/passwd')?.layer).toBe(1);
    expect((await readFile(archive, tree, '/etc/shadow'))?.toString()).toBe('s');
    expect(await readFile(archive, tree, '/etc/group')).toBeUndefined();
  });
  it('skips captured files over the bound and reads through symlinks', async () => {
    const file = join(dir, 'b.tar');
    await writeImageArchive(file, { layers: [{ entries: [{ path: 'big', size: 5000 }, { path: 'usr/lib/os-release', content: 'ID=debian' }, { path: 'etc/os-release', type: 'symlink', linkTarget: '../usr/lib/os-release' }] }] });
    const archive = await openImageArchive(file);
    const { tree, files, skipped } = await buildFileTree(archive, { capture: () => true, maxCaptureBytes: 1000 });
    expect(skipped).toEqual(['/big']);
    expect(files.has('/big')).toBe(false);
    expect((await readFile(archive, tree, '/etc/os-release'))?.toString()).toBe('ID=debian');
  });
});

describe('reading cost', () => {
  it('is linear in the entries: sixteen times the files, directories and symlinks of a layer cost about sixteen times the streaming and merging, under 96, far from the 256 of a quadratic (fastest of 5)', async () => {
    const d = mkdtempSync(join(tmpdir(), 'fc-oci-linear-'));
    try {
      const time = async (n: number) => {
        const file = join(d, `image-${n}.tar`);
        const entries: EntrySpec[] = [];
        for (let i = 0; i < n; i++) {
          const dir = `opt/d${i % 97}/e${i % 13}`;
          entries.push({ path: `${dir}/f${i}`, content: 'x' }, { path: `${dir}/l${i}`, type: 'symlink', linkTarget: `f${i}` });
        }
        await writeImageArchive(file, { layers: [{ entries }, { entries: entries.slice(0, n >> 1).map((e) => ({ ...e, path: e.path.replace(/\/([fl])(\d+)$/, '/.wh.$1$2') })) }] });
        const samples: number[] = [];
        for (let k = 0; k < 5; k++) {
          const t0 = performance.now();
          const merged = await buildFileTree(await openImageArchive(file), { capture: (p) => p.endsWith('0') });
          samples.push(performance.now() - t0);
          expect(merged.tree.lookup(`/opt/d${(n - 1) % 97}/e${(n - 1) % 13}/f${n - 1}`)).toBeDefined();
        }
        return Math.min(...samples);
      };
      await time(250);
      const t1 = await time(500);
      const t2 = await time(8000);
      console.log(`buildFileTree: 1,500 entries ${t1.toFixed(1)} ms, 24,000 entries ${t2.toFixed(1)} ms (ratio ${(t2 / t1).toFixed(1)})`);
      expect(t2 / t1, `${t1.toFixed(1)} ms -> ${t2.toFixed(1)} ms`).toBeLessThan(96);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  }, 300_000);
});
