import { crc32, inflateRawSync } from 'node:zlib';

/**
 * The central directory of a zip archive held in memory, read in one synchronous pass: an OSV dump has
 * tens of thousands of small entries, and a callback or promise per entry costs more than inflating it.
 * The checks are those of yauzl (which still reads archives too large to hold in memory).
 */
export interface DirectoryEntry {
  /** The name's bytes decoded as UTF-8 (OSV dumps write UTF-8 names). */
  name: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The archive itself cannot be read (no end record, multi-disk, bad signature): nothing in it is used. */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u64(buf: Buffer, at: number): number {
  return buf.readUInt32LE(at + 4) * 0x100000000 + buf.readUInt32LE(at);
}

/** Where the central directory starts and how many entries it declares. */
export function findCentralDirectory(buf: Buffer): { offset: number; entryCount: number } {
  const from = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) !== EOCD) continue;
    const commentLength = buf.readUInt16LE(i + 20);
    if (commentLength !== buf.length - i - 22) throw new ZipFormatError(`invalid comment length (${commentLength}, expected ${buf.length - i - 22}); extra bytes at the end of the file?`);
    let disk = buf.readUInt16LE(i + 4);
    let entryCount = buf.readUInt16LE(i + 10);
    let offset = buf.readUInt32LE(i + 16);
    if (i >= 20 && buf.readUInt32LE(i - 20) === EOCD64_LOCATOR) {
      const at = u64(buf, i - 20 + 8);
      if (at + 56 > buf.length || buf.readUInt32LE(at) !== EOCD64) throw new ZipFormatError('invalid zip64 end of central directory record');
      disk = buf.readUInt32LE(at + 16);
      entryCount = u64(buf, at + 32);
      offset = u64(buf, at + 48);
    }
    if (disk !== 0) throw new ZipFormatError(`multi-disk zip files are not supported (disk ${disk})`);
    if (offset > buf.length) throw new ZipFormatError('central directory offset is past the end of the file');
    return { offset, entryCount };
  }
  throw new ZipFormatError('end of central directory record not found; not a zip file, or truncated');
}

/** The zip64 extended information extra field (id 1) replaces 32-bit fields set to 0xffffffff. */
function applyZip64(entry: DirectoryEntry, extra: Buffer): void {
  let i = 0;
  while (i + 4 <= extra.length) {
    const id = extra.readUInt16LE(i);
    const size = extra.readUInt16LE(i + 2);
    const start = i + 4;
    if (start + size > extra.length) throw new Error('extra field length exceeds extra field buffer size');
    if (id === 0x0001) {
      let at = start;
      const take = (what: string) => {
        if (at + 8 > start + size) throw new Error(`zip64 extended information extra field does not include ${what}`);
        const v = u64(extra, at);
        at += 8;
        return v;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take('uncompressed size');
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take('compressed size');
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take('relative header offset');
      return;
    }
    i = start + size;
  }
}

/**
 * The entries of the central directory, in order. Throws (a plain Error with the reason) at the first
 * record that cannot be read: what follows it cannot be located.
 */
export function* directoryEntries(buf: Buffer, offset: number, entryCount: number): Generator<DirectoryEntry> {
  let at = offset;
  for (let n = 0; n < entryCount; n++) {
    if (at + 46 > buf.length) throw new Error('central directory runs past the end of the file');
    const signature = buf.readUInt32LE(at);
    if (signature !== CENTRAL) throw new Error(`invalid central directory file header signature: 0x${signature.toString(16)}`);
    const flags = buf.readUInt16LE(at + 8);
    if (flags & 0x40) throw new Error('strong encryption is not supported');
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const nameStart = at + 46;
    const end = nameStart + nameLength + extraLength + commentLength;
    if (end > buf.length) throw new Error('central directory runs past the end of the file');
    const entry: DirectoryEntry = {
      name: buf.toString('utf8', nameStart, nameStart + nameLength),
      flags,
      method: buf.readUInt16LE(at + 10),
      crc32: buf.readUInt32LE(at + 16),
      compressedSize: buf.readUInt32LE(at + 20),
      uncompressedSize: buf.readUInt32LE(at + 24),
      localHeaderOffset: buf.readUInt32LE(at + 42),
    };
    if (extraLength) applyZip64(entry, buf.subarray(nameStart + nameLength, nameStart + nameLength + extraLength));
    if (entry.method === 0) {
      const expected = entry.uncompressedSize + (flags & 0x1 ? 12 : 0);
      if (entry.compressedSize !== expected) throw new Error(`compressed/uncompressed size mismatch for stored file: ${entry.compressedSize} != ${entry.uncompressedSize}`);
    }
    at = end;
    yield entry;
  }
}

/**
 * One entry's data (stored or deflated): located through its local header, inflated in one call bounded
 * by the declared size, then its size and CRC checked against the central directory.
 */
export function readEntryData(buf: Buffer, entry: DirectoryEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length) throw new Error('local file header is past the end of the archive');
  const signature = buf.readUInt32LE(at);
  if (signature !== LOCAL) throw new Error(`invalid local file header signature: 0x${signature.toString(16)}`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw new Error('entry data runs past the end of the archive');
  const raw = buf.subarray(start, end);
  const size = entry.uncompressedSize;
  // chunkSize just above the declared size: one output buffer, no 16 KiB chunk per entry to collect.
  const data = entry.method === 0 ? raw : inflateRawSync(raw, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(64, size + 64) });
  if (data.length !== size) throw new Error(`entry is ${data.length} bytes, not the ${size} its header declares`);
  if ((crc32(data) >>> 0) !== entry.crc32 >>> 0) throw new Error('CRC mismatch (corrupt archive)');
  return data;
}
