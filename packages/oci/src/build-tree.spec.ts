import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openImageArchive } from './archive.js';
import { buildFileTree, readFile } from './build-tree.js';
import { writeImageArchive } from './testing.js';

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
