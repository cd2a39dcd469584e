import { mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS test helper
import { writeZip } from '../../test/support/write-zip.mjs';
import { loadOsvDatabase, OsvDatabaseError } from './load.js';

const record = (id: string, name = 'glibc', fixed = '2.36-9+deb12u4') =>
  JSON.stringify({ id, modified: '2024-05-01T00:00:00Z', affected: [{ package: { ecosystem: 'Debian:12', name }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] }] }] });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'osv-load-'));
});

describe('loadOsvDatabase', () => {
  it('reads loose JSON files in nested folders and zip dumps', async () => {
    mkdirSync(join(dir, 'Debian'));
    writeFileSync(join(dir, 'Debian', 'DSA-1.json'), record('DSA-1'));
    writeZip(join(dir, 'all.zip'), [
      { name: 'DSA-2.json', data: record('DSA-2') },
      { name: 'sub/DSA-3.json', data: record('DSA-3', 'openssl') },
      { name: 'README.txt', data: 'not a record' },
    ]);
    const db = await loadOsvDatabase(dir);
    expect(db.index.size).toBe(3);
    expect(db.index.lookup('Debian:12', 'glibc').map((e) => e.record.id).sort()).toEqual(['DSA-1', 'DSA-2']);
    expect(db.stats).toMatchObject({ records: 3, zips: 1, skipped: 0 });
    expect(db.notices).toEqual([]);
  });

  it('skips a malformed record with a notice naming it, and goes on', async () => {
    writeFileSync(join(dir, 'good.json'), record('DSA-1'));
    writeFileSync(join(dir, 'broken.json'), '{"id": "X", "affected": [');
    writeFileSync(join(dir, 'bad-range.json'), JSON.stringify({ id: 'Y', affected: [{ package: { ecosystem: 'PyPI', name: 'a' }, ranges: [{ type: 'ECOSYSTEM', events: [{ fixed: '1' }] }] }] }));
    const db = await loadOsvDatabase(dir);
    expect(db.index.size).toBe(1);
    expect(db.notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/^skipped bad-range\.json: malformed OSV record: affected\[0\]\.ranges\[0\]\.events has no "introduced" event/),
      expect.stringMatching(/^skipped broken\.json: malformed OSV record: not JSON/),
    ]);
    expect(db.notices[0]!.location!.file).toBe(join(dir, 'bad-range.json'));
  });

  it('skips zip entries whose path escapes, naming the archive and entry', async () => {
    writeZip(join(dir, 'evil.zip'), [
      { name: '../../etc/evil.json', data: record('EVIL-1') },
      { name: '/abs/evil.json', data: record('EVIL-2') },
      { name: 'ok.json', data: record('DSA-1') },
    ]);
    const db = await loadOsvDatabase(dir);
    expect(db.index.size).toBe(1);
    expect(db.notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/evil\.zip!\.\.\/\.\.\/etc\/evil\.json: unsafe path/),
      expect.stringMatching(/evil\.zip!\/abs\/evil\.json: unsafe path/),
    ]);
  });

  it('reports a corrupt zip and still uses the rest', async () => {
    writeFileSync(join(dir, 'corrupt.zip'), 'PK\x03\x04 this is not really a zip');
    writeFileSync(join(dir, 'DSA-1.json'), record('DSA-1'));
    const db = await loadOsvDatabase(dir);
    expect(db.index.size).toBe(1);
    expect(db.notices[0]).toMatchObject({ level: 'error', message: expect.stringMatching(/corrupt\.zip: not a readable zip archive/) });
  });

  it('bounds one record and skips it without reading it (a 1 GB folder of sparse files)', async () => {
    writeFileSync(join(dir, 'DSA-1.json'), record('DSA-1'));
    for (const n of [1, 2, 3, 4]) {
      const fd = openSync(join(dir, `huge-${n}.json`), 'w');
      ftruncateSync(fd, 256 << 20); // 256 MiB each, sparse: 1 GiB in all
      closeSync(fd);
    }
    const started = Date.now();
    const db = await loadOsvDatabase(dir);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(db.index.size).toBe(1);
    expect(db.notices).toHaveLength(4);
    expect(db.notices[0]!.message).toMatch(/huge-1\.json: is 268435456 bytes, over the 8388608-byte bound for one record/);
  });

  it('refuses a database over the total bound instead of using part of it', async () => {
    for (let i = 0; i < 20; i++) writeFileSync(join(dir, `R-${i}.json`), record(`R-${i}`));
    await expect(loadOsvDatabase(dir, { maxBytes: 1000 })).rejects.toThrow(/holds more than 1000 bytes of JSON .*refusing a partial database/);
    const zdir = mkdtempSync(join(tmpdir(), 'osv-load-'));
    writeZip(join(zdir, 'all.zip'), Array.from({ length: 20 }, (_, i) => ({ name: `R-${i}.json`, data: record(`R-${i}`) })));
    await expect(loadOsvDatabase(zdir, { maxBytes: 1000 })).rejects.toBeInstanceOf(OsvDatabaseError);
  });

  it('skips an oversized zip entry by its declared size', async () => {
    writeZip(join(dir, 'all.zip'), [
      { name: 'big.json', data: ' '.repeat(5000) + record('BIG') },
      { name: 'ok.json', data: record('DSA-1') },
    ]);
    const db = await loadOsvDatabase(dir, { maxRecordBytes: 4096 });
    expect(db.index.size).toBe(1);
    expect(db.notices[0]!.message).toMatch(/all\.zip!big\.json: is \d+ bytes uncompressed, over the limit of 4096/);
  });

  it('does not follow symbolic links', async () => {
    writeFileSync(join(dir, 'DSA-1.json'), record('DSA-1'));
    symlinkSync('/etc/passwd', join(dir, 'link.json'));
    const db = await loadOsvDatabase(dir);
    expect(db.notices[0]!.message).toMatch(/link\.json: is a symbolic link; not followed/);
  });

  it('fails closed, saying how to get a database, when there is none', async () => {
    await expect(loadOsvDatabase(join(dir, 'missing'))).rejects.toThrow(/does not exist; get one with `flightcheck osv-db fetch/);
    await expect(loadOsvDatabase(dir)).rejects.toThrow(/has no usable records .*flightcheck osv-db fetch/);
    writeFileSync(join(dir, 'x.json'), 'null');
    await expect(loadOsvDatabase(join(dir, 'x.json'))).rejects.toThrow(/is not a folder/);
  });
});
