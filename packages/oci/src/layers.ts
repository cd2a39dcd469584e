import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { extract, type Header } from 'tar-stream';
import type { ImageArchive, LayerRef } from './archive.js';
import { ArchiveError } from './errors.js';
import { describeTarError } from './outer-tar.js';
import { baseName, normalizeEntryPath, parentOf } from './paths.js';

export type EntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'char' | 'block' | 'fifo' | 'other';

/** One entry of one layer, as the layer's tar states it (before whiteouts are applied). */
export interface LayerEntry {
  layer: number;
  layerDigest: string;
  /** Absolute image path (`/etc/passwd`); for an invalid entry, the raw tar name. */
  path: string;
  type: EntryType;
  /** Permission bits with setuid/setgid/sticky (`& 0o7777`). */
  mode: number;
  uid: number;
  gid: number;
  size: number;
  /** Symlink target as written, or the hard link's target as an absolute image path. */
  linkTarget?: string;
  /** `.wh.<name>` deletes `target` from lower layers; `.wh..wh..opq` hides the lower contents of `target`. */
  whiteout?: { kind: 'file' | 'opaque'; target: string };
  /** Set when the entry is refused (path escaping the root, invalid name): it is never applied. */
  invalid?: string;
}

export interface EntryBody {
  /** Buffers the entry's content (files only), at most `maxBytes`; throws past it. Call during the visit. */
  read(maxBytes?: number): Promise<Buffer>;
}

export type LayerVisitor = (entry: LayerEntry, body: EntryBody) => void | Promise<void>;

export interface WalkOptions {
  /** Layer indexes to read; all by default. */
  layers?: readonly number[];
  /** Check each blob against its digest (diffId / blob digest) while streaming. Default true. */
  verifyDigests?: boolean;
  /** Entries per layer at the most (hostile input bound). Default 2 000 000. */
  maxEntries?: number;
  onLayer?: (layer: LayerRef) => void;
}

export const MAX_READ_BYTES = 8 << 20;
const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';

function entryType(t: Header['type']): EntryType {
  switch (t) {
    case 'file':
    case 'contiguous-file':
      return 'file';
    case 'directory':
      return 'directory';
    case 'symlink':
      return 'symlink';
    case 'link':
      return 'hardlink';
    case 'character-device':
      return 'char';
    case 'block-device':
      return 'block';
    case 'fifo':
      return 'fifo';
    default:
      return 'other';
  }
}

/** Turns a layer tar header into a LayerEntry (pure; exported for tests). */
export function toLayerEntry(h: Header, layer: LayerRef): LayerEntry {
  const n = normalizeEntryPath(h.name);
  const base: LayerEntry = {
    layer: layer.index,
    layerDigest: layer.digest,
    path: n.ok ? n.path : h.name,
    type: entryType(h.type),
    mode: (h.mode ?? 0) & 0o7777,
    uid: h.uid ?? 0,
    gid: h.gid ?? 0,
    size: h.size ?? 0,
  };
  if (!n.ok) return { ...base, invalid: n.reason };
  if (n.path === '/' && base.type !== 'directory') return { ...base, invalid: 'the root is not a directory' };
  if (h.linkname) {
    if (base.type === 'hardlink') {
      const t = normalizeEntryPath(h.linkname);
      if (!t.ok) return { ...base, linkTarget: h.linkname, invalid: `hard link target ${t.reason}` };
      base.linkTarget = t.path;
    } else {
      base.linkTarget = h.linkname;
    }
  }
  const name = baseName(n.path);
  if (name === OPAQUE) base.whiteout = { kind: 'opaque', target: parentOf(n.path) };
  else if (name.startsWith(WHITEOUT)) {
    const victim = name.slice(WHITEOUT.length);
    if (!victim || victim === '.' || victim === '..') return { ...base, invalid: 'whiteout without a name' };
    const dir = parentOf(n.path);
    base.whiteout = { kind: 'file', target: dir === '/' ? `/${victim}` : `${dir}/${victim}` };
  }
  return base;
}

function hashTap(hash: Hash): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      cb(null, chunk);
    },
  });
}

/** Peeks at the first bytes: gzip is decompressed, zstd refused, anything else passed as a tar. */
async function decompressor(src: Readable, file: string, layer: LayerRef): Promise<{ head: Buffer; gzip: boolean; rest: AsyncIterator<Buffer> }> {
  const it = src[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let head = Buffer.alloc(0);
  while (head.length < 4) {
    const n = await it.next();
    if (n.done) break;
    head = Buffer.concat([head, n.value]);
  }
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) {
    throw new ArchiveError(file, `layer ${layer.index} (${layer.digest}) is zstd-compressed, which this reader does not support yet`);
  }
  return { head, gzip: head[0] === 0x1f && head[1] === 0x8b, rest: it };
}

async function walkOne(archive: ImageArchive, layer: LayerRef, visit: LayerVisitor, opts: WalkOptions): Promise<void> {
  const verify = opts.verifyDigests ?? true;
  const maxEntries = opts.maxEntries ?? 2_000_000;
  const raw = createHash('sha256');
  const unpacked = createHash('sha256');
  const src = layer.size === 0 ? Readable.from([]) : createReadStream(archive.file, { start: layer.offset, end: layer.offset + layer.size - 1, highWaterMark: 1 << 20 });
  const tapped = verify ? src.pipe(hashTap(raw)) : src;
  src.on('error', (e: Error) => tapped.destroy(e));
  const { head, gzip, rest } = await decompressor(tapped, archive.file, layer);
  const body = Readable.from(
    (async function* () {
      if (head.length) yield head;
      for (;;) {
        const n = await rest.next();
        if (n.done) return;
        yield n.value;
      }
    })(),
    { objectMode: false },
  );
  const ex = extract();
  const stages: NodeJS.ReadWriteStream[] = gzip ? [createGunzip()] : [];
  if (verify && gzip) stages.push(hashTap(unpacked));
  let pipeError: unknown;
  const piping = (pipeline as (...s: unknown[]) => Promise<void>)(body, ...stages, ex).catch((e: unknown) => {
    pipeError = e;
  });
  const where = `layer ${layer.index} (${layer.digest})`;
  let count = 0;
  try {
    for await (const entry of ex) {
      if (++count > maxEntries) throw new ArchiveError(archive.file, `${where} has more than ${maxEntries} entries`);
      const e = toLayerEntry(entry.header, layer);
      let consumed = false;
      await visit(e, {
        async read(maxBytes = MAX_READ_BYTES) {
          if (e.type !== 'file') return Buffer.alloc(0);
          if (e.size > maxBytes) throw new ArchiveError(archive.file, `${where}: ${e.path} is ${e.size} bytes, more than the ${maxBytes} read at the most`);
          consumed = true;
          const chunks: Buffer[] = [];
          for await (const c of entry) chunks.push(c as Buffer);
          return Buffer.concat(chunks);
        },
      });
      if (!consumed) entry.resume();
    }
  } catch (err) {
    src.destroy();
    body.destroy();
    if (err instanceof ArchiveError) throw err;
    throw new ArchiveError(archive.file, `${where}: ${describeTarError(pipeError ?? err)}`);
  }
  await piping;
  if (pipeError) throw new ArchiveError(archive.file, `${where}: ${describeTarError(pipeError)}`);
  if (verify) {
    const rawDigest = `sha256:${raw.digest('hex')}`;
    const diffDigest = gzip ? `sha256:${unpacked.digest('hex')}` : rawDigest;
    if (layer.blobDigest?.startsWith('sha256:') && layer.blobDigest !== rawDigest) {
      throw new ArchiveError(archive.file, `${where}: content does not match its digest (got ${rawDigest}): corrupt or tampered archive`);
    }
    if (layer.diffId?.startsWith('sha256:') && layer.diffId !== diffDigest) {
      throw new ArchiveError(archive.file, `${where}: uncompressed content does not match rootfs.diff_ids (got ${diffDigest}): corrupt or tampered archive`);
    }
  }
}

/**
 * Streams the entries of the image's layers, base layer first, each layer's entries in tar order.
 * Nothing is extracted to disk and no layer is held in memory; a visitor may buffer a small file's
 * content through `body.read()`. Errors (corrupt, truncated, digest mismatch) are ArchiveErrors.
 */
export async function walkLayers(archive: ImageArchive, visit: LayerVisitor, opts: WalkOptions = {}): Promise<void> {
  const wanted = opts.layers ? new Set(opts.layers) : undefined;
  for (const layer of archive.layers) {
    if (wanted && !wanted.has(layer.index)) continue;
    opts.onLayer?.(layer);
    await walkOne(archive, layer, visit, opts);
  }
}

