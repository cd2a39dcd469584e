import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArchiveError } from './errors.js';
import { cleanName, describeTarError, scanOuterTar } from './outer-tar.js';
import { writeImageArchive } from './testing.js';

const dir = mkdtempSync(join(tmpdir(), 'fc-outer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scanOuterTar', () => {
  it('lists entries with data offsets and keeps only what is asked', async () => {
    const file = join(dir, 'a.tar');
    await writeImageArchive(file, { layers: [{ entries: [{ path: 'x', content: 'hello' }] }] });
    const entries = await scanOuterTar(file, (n) => n === 'manifest.json');
    const manifest = entries.find((e) => e.name === 'manifest.json')!;
    expect(JSON.parse(manifest.data!.toString())[0].Layers).toHaveLength(1);
    const layer = entries.find((e) => e.name.endsWith('layer.tar'))!;
    expect(layer.data).toBeUndefined();
    expect(layer.dataOffset % 512).toBe(0);
  });
  it('turns garbage into an ArchiveError', async () => {
    const file = join(dir, 'garbage.tar');
    writeFileSync(file, Buffer.alloc(2048, 0x41));
    await expect(scanOuterTar(file, () => false)).rejects.toBeInstanceOf(ArchiveError);
  });
  it('describes tar errors for users', () => {
    expect(describeTarError(new Error('Unexpected end of data'))).toMatch(/truncated/);
    expect(cleanName('./a/b/')).toBe('a/b');
  });
});
