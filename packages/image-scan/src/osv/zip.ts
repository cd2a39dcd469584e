import { readFileSync, statSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';

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

function openZip(file: string): Promise<{ zip: yauzl.ZipFile; buffer?: Buffer }> {
  return new Promise((resolve, reject) => {
    // decodeStrings: false so that one bad name skips its entry instead of failing the whole archive.
    const options = { lazyEntries: true, decodeStrings: false, validateEntrySizes: true };
    let buffer: Buffer | undefined;
    const done = (err: Error | null, zip?: yauzl.ZipFile) => {
      if (err || !zip) reject(new ZipReadError(file, `not a readable zip archive (${err?.message ?? 'unknown error'})`));
      else resolve(buffer ? { zip, buffer } : { zip });
    };
    let size: number;
    try {
      size = statSync(file).size;
    } catch (e) {
      return reject(new ZipReadError(file, `cannot be read (${(e as NodeJS.ErrnoException).code})`));
    }
    if (size <= IN_MEMORY_ZIP_BYTES) {
      buffer = readFileSync(file);
      yauzl.fromBuffer(buffer, options, done);
    }
    else yauzl.open(file, { ...options, autoClose: true }, done);
  });
}

/**
 * An entry of an archive held in memory: yauzl locates the data, Node's zlib inflates it in one call
 * (bounded by the declared size), and the CRC and size are checked as yauzl would.
 */
async function readEntryInMemory(zip: yauzl.ZipFile, buffer: Buffer, entry: yauzl.Entry): Promise<Buffer> {
  const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
  const end = fileDataStart + entry.compressedSize;
  if (end > buffer.length) throw new Error('entry data runs past the end of the archive');
  const raw = buffer.subarray(fileDataStart, end);
  const data = entry.compressionMethod === 0 ? raw : inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  if (data.length !== entry.uncompressedSize) throw new Error(`entry is ${data.length} bytes, not the ${entry.uncompressedSize} its header declares`);
  if ((crc32(data) >>> 0) !== entry.crc32 >>> 0) throw new Error('CRC mismatch (corrupt archive)');
  return data;
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
  const { zip, buffer } = await openZip(file);
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
      if (entry.isEncrypted() || !entry.canDecodeFileData()) {
        visitor.skip(name, 'encrypted or compressed with an unsupported method');
        return next();
      }
      if (entry.uncompressedSize > limits.maxEntryBytes) {
        visitor.skip(name, `is ${entry.uncompressedSize} bytes uncompressed, over the limit of ${limits.maxEntryBytes}`);
        return next();
      }
      if (limits.reserve && !limits.reserve(entry.uncompressedSize)) {
        finished = true;
        zip.close();
        return resolve();
      }
      (buffer && (entry.compressionMethod === 0 || entry.compressionMethod === 8) ? readEntryInMemory(zip, buffer, entry) : readEntry(zip, entry, limits.maxEntryBytes)).then(
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
