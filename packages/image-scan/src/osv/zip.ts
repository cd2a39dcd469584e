import { readFileSync, statSync } from 'node:fs';
import yauzl from 'yauzl';
import { directoryEntries, findCentralDirectory, readEntryData } from './zip-directory.js';

export interface ZipLimits {
  /** Largest uncompressed entry read; larger ones are skipped with a reason. */
  maxEntryBytes: number;
  /** Entries looked at, at most; past it the archive is rejected. */
  maxEntries: number;
  /** Called before each entry is read: false stops the walk (a budget ran out). */
  reserve?: (bytes: number) => boolean;
}

export interface ZipVisitor {
  /** Only entries whose name passes this are read. */
  wanted(name: string): boolean;
  entry(name: string, data: Buffer): void;
  skip(name: string, reason: string): void;
}

export class ZipReadError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ZipReadError';
  }
}

/** Why an entry name must not be used as a path, or undefined. yauzl's own check first, then ours. */
export function unsafeEntryName(name: string): string | undefined {
  const yauzlReason = yauzl.validateFileName(name);
  if (yauzlReason) return `unsafe path (${yauzlReason.replace(/: .*$/, '')})`;
  if (name.split('/').some((seg) => seg === '..')) return 'path escapes the archive (..)';
  if (/^[A-Za-z]:/.test(name) || name.includes('\0')) return 'unsafe path';
  return undefined;
}

/** Archives up to this size are read into memory once: far fewer system calls than one read per entry. */
export const IN_MEMORY_ZIP_BYTES = 512 << 20;

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings: false so that one bad name skips its entry instead of failing the whole archive.
    const options = { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: true };
    yauzl.open(file, options, (err, zip) => {
      if (err || !zip) reject(new ZipReadError(file, `not a readable zip archive (${err?.message ?? 'unknown error'})`));
      else resolve(zip);
    });
  });
}

/** Why an entry is not read (skipped with this reason), or undefined. */
function skipReason(entry: { flags: number; method: number; uncompressedSize: number }, limits: ZipLimits): string | undefined {
  if (entry.flags & 0x1 || (entry.method !== 0 && entry.method !== 8)) return 'encrypted or compressed with an unsupported method';
  if (entry.uncompressedSize > limits.maxEntryBytes) return `is ${entry.uncompressedSize} bytes uncompressed, over the limit of ${limits.maxEntryBytes}`;
  return undefined;
}

/** An archive held in memory: one synchronous pass over its central directory. */
function walkInMemory(file: string, buf: Buffer, limits: ZipLimits, visitor: ZipVisitor): void {
  let dir;
  try {
    dir = findCentralDirectory(buf);
  } catch (e) {
    throw new ZipReadError(file, `not a readable zip archive (${(e as Error).message})`);
  }
  if (dir.entryCount > limits.maxEntries) throw new ZipReadError(file, `has ${dir.entryCount} entries, over the limit of ${limits.maxEntries}`);
  const entries = directoryEntries(buf, dir.offset, dir.entryCount);
  for (;;) {
    let next;
    try {
      next = entries.next();
    } catch (e) {
      throw new ZipReadError(file, (e as Error).message);
    }
    if (next.done) return;
    const entry = next.value;
    const name = entry.name;
    if (name.endsWith('/')) continue;
    const unsafe = unsafeEntryName(name);
    if (unsafe) {
      visitor.skip(name, unsafe);
      continue;
    }
    if (!visitor.wanted(name)) continue;
    const skip = skipReason(entry, limits);
    if (skip) {
      visitor.skip(name, skip);
      continue;
    }
    if (limits.reserve && !limits.reserve(entry.uncompressedSize)) return;
    let data;
    try {
      data = readEntryData(buf, entry);
    } catch (e) {
      throw new ZipReadError(file, `entry ${name}: ${(e as Error).message}`);
    }
    try {
      visitor.entry(name, data);
    } catch (e) {
      throw e instanceof ZipReadError ? e : new ZipReadError(file, (e as Error).message);
    }
  }
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('no stream'));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (c: Buffer) => {
        size += c.length;
        if (size > max) {
          stream.destroy(new Error(`entry is larger than ${max} bytes`));
          return;
        }
        chunks.push(c);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

/**
 * Reads the entries of a zip one at a time (streamed, never extracted to disk). Entries with unsafe
 * paths, over the size bound, encrypted or not decodable are skipped with a reason; a corrupt archive
 * throws ZipReadError after the entries read so far.
 */
export async function walkZip(file: string, limits: ZipLimits, visitor: ZipVisitor): Promise<void> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    throw new ZipReadError(file, `cannot be read (${(e as NodeJS.ErrnoException).code})`);
  }
  if (size <= IN_MEMORY_ZIP_BYTES) {
    let buf: Buffer;
    try {
      buf = readFileSync(file);
    } catch (e) {
      throw new ZipReadError(file, `cannot be read (${(e as NodeJS.ErrnoException).code})`);
    }
    return walkInMemory(file, buf, limits, visitor);
  }
  return walkStreamed(file, limits, visitor);
}

/** An archive too large to hold in memory: yauzl reads its directory and streams each entry from disk. */
async function walkStreamed(file: string, limits: ZipLimits, visitor: ZipVisitor): Promise<void> {
  const zip = await openZip(file);
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new ZipReadError(file, `has ${zip.entryCount} entries, over the limit of ${limits.maxEntries}`);
  }
  await new Promise<void>((resolve, reject) => {
    let finished = false;
    const fail = (e: Error) => {
      if (finished) return;
      finished = true;
      zip.close();
      reject(e instanceof ZipReadError ? e : new ZipReadError(file, e.message));
    };
    zip.on('error', fail);
    zip.on('end', () => {
      if (!finished) {
        finished = true;
        resolve();
      }
    });
    zip.on('entry', (entry: yauzl.Entry) => {
      const raw = entry.fileName as unknown as Buffer;
      const name = Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw);
      const next = () => zip.readEntry();
      if (name.endsWith('/')) return next();
      const unsafe = unsafeEntryName(name);
      if (unsafe) {
        visitor.skip(name, unsafe);
        return next();
      }
      if (!visitor.wanted(name)) return next();
      const skip = skipReason({ flags: entry.generalPurposeBitFlag, method: entry.compressionMethod, uncompressedSize: entry.uncompressedSize }, limits);
      if (skip) {
        visitor.skip(name, skip);
        return next();
      }
      if (limits.reserve && !limits.reserve(entry.uncompressedSize)) {
        finished = true;
        zip.close();
        return resolve();
      }
      readEntry(zip, entry, limits.maxEntryBytes).then(
        (data) => {
          try {
            visitor.entry(name, data);
          } catch (e) {
            return fail(e as Error);
          }
          next();
        },
        (e: Error) => fail(new ZipReadError(file, `entry ${name}: ${e.message}`)),
      );
    });
    zip.readEntry();
  });
}
