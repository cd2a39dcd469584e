import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS test helper
import { writeZip } from '../../test/support/write-zip.mjs';
import { directoryEntries, findCentralDirectory, readEntryData, ZipFormatError } from './zip-directory.js';

function zip(entries: { name: string; data: string }[], store = false): Buffer {
  const file = join(mkdtempSync(join(tmpdir(), 'zipdir-')), 'a.zip');
  writeZip(file, entries, { store });
  return readFileSync(file);
}

const all = (buf: Buffer) => {
  const dir = findCentralDirectory(buf);
  return [...directoryEntries(buf, dir.offset, dir.entryCount)];
};

/** Offset of the central directory record of entry `n` (0-based), for corrupting it in place. */
function centralRecord(buf: Buffer, n: number): number {
  let at = findCentralDirectory(buf).offset;
  for (let i = 0; i < n; i++) at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  return at;
}

describe('zip directory', () => {
  it('lists entries and reads stored and deflated data', () => {
    for (const store of [true, false]) {
      const buf = zip([{ name: 'a.json', data: '{"a":1}' }, { name: 'dir/b.json', data: 'x'.repeat(5000) }], store);
      const entries = all(buf);
      expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([['a.json', store ? 0 : 8, 7], ['dir/b.json', store ? 0 : 8, 5000]]);
      expect(entries.map((e) => readEntryData(buf, e).toString())).toEqual(['{"a":1}', 'x'.repeat(5000)]);
    }
  });

  it('refuses what is not a zip, and multi-disk archives', () => {
    expect(() => findCentralDirectory(Buffer.from('nope'))).toThrow(ZipFormatError);
    expect(() => findCentralDirectory(Buffer.from('PK\x03\x04 not really a zip'))).toThrow(/end of central directory record not found/);
    const buf = zip([{ name: 'a.json', data: '{}' }]);
    buf.writeUInt16LE(1, buf.length - 22 + 4);
    expect(() => findCentralDirectory(buf)).toThrow(/multi-disk/);
  });

  it('checks the CRC and the declared size of every entry', () => {
    const buf = zip([{ name: 'a.json', data: '{"a":1}' }, { name: 'b.json', data: '{"b":2}' }]);
    const [a, b] = all(buf);
    expect(() => readEntryData(buf, { ...a!, crc32: (a!.crc32 + 1) >>> 0 })).toThrow(/CRC mismatch/);
    // more data than declared: inflate stops at the bound; less: the size check fails
    expect(() => readEntryData(buf, { ...b!, uncompressedSize: 3 })).toThrow();
    expect(() => readEntryData(buf, { ...b!, uncompressedSize: 100 })).toThrow(/not the 100 its header declares/);
  });

  it('refuses data or headers outside the archive', () => {
    const buf = zip([{ name: 'a.json', data: '{"a":1}' }], true);
    const [a] = all(buf);
    expect(() => readEntryData(buf, { ...a!, compressedSize: buf.length })).toThrow(/runs past the end/);
    expect(() => readEntryData(buf, { ...a!, localHeaderOffset: buf.length - 10 })).toThrow(/past the end/);
    expect(() => readEntryData(buf, { ...a!, localHeaderOffset: 5 })).toThrow(/invalid local file header signature/);
    const cut = Buffer.from(buf);
    cut.writeUInt32LE(0xdeadbeef, centralRecord(cut, 0));
    expect(() => all(cut)).toThrow(/invalid central directory file header signature/);
  });

  it('refuses strong encryption and a stored entry whose sizes differ', () => {
    const enc = zip([{ name: 'a.json', data: '{}' }], true);
    enc.writeUInt16LE(0x41, centralRecord(enc, 0) + 8);
    expect(() => all(enc)).toThrow(/strong encryption/);
    const stored = zip([{ name: 'a.json', data: '{"a":1}' }], true);
    stored.writeUInt32LE(3, centralRecord(stored, 0) + 20);
    expect(() => all(stored)).toThrow(/size mismatch for stored file/);
  });

  it('reads zip64 sizes and offsets from the extended information field', () => {
    // A central record with 0xffffffff fields and a zip64 extra field carrying the real values.
    const data = Buffer.from('{"z":64}');
    const small = zip([{ name: 'z.json', data: data.toString() }], true);
    const [entry] = all(small);
    const cd = Buffer.alloc(46 + 6 + 28);
    small.copy(cd, 0, centralRecord(small, 0), centralRecord(small, 0) + 46);
    cd.writeUInt32LE(0xffffffff, 20);
    cd.writeUInt32LE(0xffffffff, 24);
    cd.writeUInt32LE(0xffffffff, 42);
    cd.writeUInt16LE(28, 30);
    cd.write('z.json', 46);
    cd.writeUInt16LE(1, 52);
    cd.writeUInt16LE(24, 54);
    cd.writeUInt32LE(data.length, 56);
    cd.writeUInt32LE(data.length, 64);
    cd.writeUInt32LE(entry!.localHeaderOffset, 72);
    const [z] = [...directoryEntries(cd, 0, 1)];
    expect(z).toMatchObject({ name: 'z.json', compressedSize: data.length, uncompressedSize: data.length, localHeaderOffset: 0 });
    cd.writeUInt16LE(8, 54);
    expect(() => [...directoryEntries(cd, 0, 1)]).toThrow(/does not include compressed size/);
  });
});
