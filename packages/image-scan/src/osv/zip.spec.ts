import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS test helper
import { writeZip } from '../../test/support/write-zip.mjs';
import { unsafeEntryName, walkZip, ZipReadError } from './zip.js';

describe('unsafeEntryName', () => {
  it('refuses absolute, parent-relative and odd names', () => {
    expect(unsafeEntryName('PyPI/PYSEC-1.json')).toBeUndefined();
    for (const bad of ['/etc/passwd', '../x.json', 'a/../../x.json', 'C:/x.json', 'a\\b.json']) expect(unsafeEntryName(bad), bad).toBeDefined();
  });
});

describe('walkZip', () => {
  it('streams wanted entries, skips the rest with reasons, and honours the budget', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'zip-')), 'a.zip');
    writeZip(file, [
      { name: 'a.json', data: '{"a":1}' },
      { name: '../b.json', data: '{}' },
      { name: 'c.txt', data: 'x' },
      { name: 'd.json', data: 'x'.repeat(100) },
      { name: 'e.json', data: '{}' },
    ], { store: true });
    const seen: string[] = [];
    const skipped: string[] = [];
    let budget = 1000;
    await walkZip(file, { maxEntryBytes: 50, maxEntries: 10, reserve: (n) => (budget -= n) >= 0 }, { wanted: (n) => n.endsWith('.json'), entry: (n, d) => seen.push(`${n}=${d.toString()}`), skip: (n, r) => skipped.push(`${n}: ${r}`) });
    expect(seen).toEqual(['a.json={"a":1}', 'e.json={}']);
    expect(skipped).toEqual(['../b.json: path escapes the archive (..)', 'd.json: is 100 bytes uncompressed, over the limit of 50'].map((s) => expect.stringMatching(new RegExp(`^${s.split(':')[0]!.replace(/[.]/g, '\\.')}`))));
    await expect(walkZip(file, { maxEntryBytes: 50, maxEntries: 2 }, { wanted: () => true, entry: () => {}, skip: () => {} })).rejects.toThrow(/has 5 entries, over the limit of 2/);
  });
  it('stops at a corrupt entry with a ZipReadError naming it, after the entries before it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'zip-')), 'a.zip');
    writeZip(file, [{ name: 'a.json', data: '{"a":1}' }, { name: 'b.json', data: '{"b":2}' }, { name: 'c.json', data: '{}' }], { store: true });
    const buf = readFileSync(file);
    const at = buf.indexOf('{"b":2}');
    buf.write('{"b":3}', at); // same size, different CRC
    writeFileSync(file, buf);
    const seen: string[] = [];
    const walk = walkZip(file, { maxEntryBytes: 50, maxEntries: 10 }, { wanted: () => true, entry: (n) => seen.push(n), skip: () => {} });
    await expect(walk).rejects.toThrow(/a\.zip: entry b\.json: CRC mismatch/);
    await expect(walk).rejects.toBeInstanceOf(ZipReadError);
    expect(seen).toEqual(['a.json']);
  });
  it('throws ZipReadError for a file that is not a zip', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'zip-')), 'bad.zip');
    writeFileSync(file, 'nope');
    await expect(walkZip(file, { maxEntryBytes: 1, maxEntries: 1 }, { wanted: () => true, entry: () => {}, skip: () => {} })).rejects.toBeInstanceOf(ZipReadError);
  });
});
