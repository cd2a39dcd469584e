import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tarHeader, writeLayerTar, writeSparseArchive } from './testing.js';

const dir = mkdtempSync(join(tmpdir(), 'fc-testing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('archive writers', () => {
  it('writes a layer tar with its digest and a 512-byte header', async () => {
    const r = await writeLayerTar(join(dir, 'l.tar'), { entries: [{ path: 'a', content: 'x' }] });
    expect(r.diffId).toMatch(/^sha256:/);
    expect(r.size).toBe(statSync(join(dir, 'l.tar')).size);
    expect((await tarHeader({ name: 'x', size: 1 })).length).toBe(512);
  });
  it('writes a sparse multi-gigabyte archive in little disk', async () => {
    const f = join(dir, 's.tar');
    await writeSparseArchive(f, 3 * 1024 ** 3);
    const st = statSync(f);
    expect(st.size).toBeGreaterThan(3 * 1024 ** 3);
    expect(st.blocks * 512).toBeLessThan(1 << 20);
  });
});
