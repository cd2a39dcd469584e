/**
 * Writes image archives for tests and benchmarks (docker save or OCI layout), streaming: layer files
 * of any size are generated, never held in memory. Not used by the reader.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, openSync, writeSync, closeSync, ftruncateSync, rmSync, statSync } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { pack, type Header } from 'tar-stream';
import type { ImageConfig } from './archive.js';

export interface EntrySpec {
  path: string;
  type?: 'file' | 'dir' | 'symlink' | 'hardlink' | 'char' | 'fifo';
  mode?: number;
  uid?: number;
  gid?: number;
  content?: string | Buffer;
  /** Size of a generated file of zero bytes (streamed), when no content is given. */
  size?: number;
  linkTarget?: string;
}

export interface LayerSpec {
  entries: EntrySpec[];
  createdBy?: string;
}

export interface ArchiveSpec {
  layers: LayerSpec[];
  user?: string;
  format?: 'docker-save' | 'oci-layout';
  gzip?: boolean;
  repoTag?: string;
  config?: Partial<ImageConfig['config']>;
}

const TYPES: Record<NonNullable<EntrySpec['type']>, Header['type']> = { file: 'file', dir: 'directory', symlink: 'symlink', hardlink: 'link', char: 'character-device', fifo: 'fifo' };

function zeros(size: number): Readable {
  const chunk = Buffer.alloc(Math.min(size, 1 << 20));
  let left = size;
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const n = Math.min(left, chunk.length);
      left -= n;
      this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    },
  });
}

async function writeEntry(p: ReturnType<typeof pack>, e: EntrySpec): Promise<void> {
  const type = TYPES[e.type ?? 'file'];
  const h: Header = {
    name: e.path.replace(/^\//, ''),
    type,
    mode: e.mode ?? (type === 'directory' ? 0o755 : type === 'symlink' ? 0o777 : 0o644),
    uid: e.uid ?? 0,
    gid: e.gid ?? 0,
    size: 0,
    mtime: new Date(0),
    linkname: e.linkTarget ?? '',
    uname: '',
    gname: '',
    devmajor: 0,
    devminor: 0,
  };
  if (type !== 'file') {
    await new Promise<void>((res, rej) => p.entry(h, (err) => (err ? rej(err) : res())));
    return;
  }
  if (e.content !== undefined) {
    const buf = Buffer.from(e.content);
    await new Promise<void>((res, rej) => p.entry({ ...h, size: buf.length }, buf, (err) => (err ? rej(err) : res())));
    return;
  }
  const size = e.size ?? 0;
  const sink = p.entry({ ...h, size });
  await pipeline(zeros(size), sink as unknown as NodeJS.WritableStream);
}

function hashing(hash: ReturnType<typeof createHash>, count: { n: number }): Transform {
  return new Transform({
    transform(c: Buffer, _e, cb) {
      hash.update(c);
      count.n += c.length;
      cb(null, c);
    },
  });
}

/** Joins small chunks into blocks of at least 64 KiB: tar-stream emits a chunk per header, and gzip per chunk
 * cost a minute for a layer of 1,000,000 entries. */
function coalescing(): Transform {
  let held: Buffer[] = [];
  let size = 0;
  return new Transform({
    transform(c: Buffer, _e, cb) {
      held.push(c);
      size += c.length;
      if (size < 1 << 16) return cb();
      const block = Buffer.concat(held, size);
      held = [];
      size = 0;
      cb(null, block);
    },
    flush(cb) {
      cb(null, size ? Buffer.concat(held, size) : undefined);
    },
  });
}

/** Writes one layer tar (optionally gzipped) to `file`; returns its digests and size. */
export async function writeLayerTar(file: string, layer: LayerSpec, gzip = false): Promise<{ diffId: string; blobDigest: string; size: number }> {
  const p = pack();
  const diff = createHash('sha256');
  const blob = createHash('sha256');
  const dc = { n: 0 };
  const bc = { n: 0 };
  const stages: NodeJS.ReadWriteStream[] = [coalescing(), hashing(diff, dc)];
  if (gzip) stages.push(createGzip({ level: 1 }), hashing(blob, bc));
  const done = (pipeline as (...s: unknown[]) => Promise<void>)(p, ...stages, createWriteStream(file));
  for (const e of layer.entries) await writeEntry(p, e);
  p.finalize();
  await done;
  const diffId = `sha256:${diff.digest('hex')}`;
  return { diffId, blobDigest: gzip ? `sha256:${blob.digest('hex')}` : diffId, size: gzip ? bc.n : dc.n };
}

function configFor(spec: ArchiveSpec, diffIds: string[]): ImageConfig {
  return {
    architecture: 'amd64',
    os: 'linux',
    config: { ...(spec.user !== undefined ? { User: spec.user } : {}), ...spec.config },
    rootfs: { type: 'layers', diff_ids: diffIds },
    history: spec.layers.map((l, i) => ({ created_by: l.createdBy ?? `layer ${i}` })),
  };
}

async function addFile(p: ReturnType<typeof pack>, name: string, file: string): Promise<void> {
  const size = statSync(file).size;
  const sink = p.entry({ name, size, mode: 0o644, mtime: new Date(0) });
  await pipeline(createReadStream(file), sink as unknown as NodeJS.WritableStream);
}

function addBuffer(p: ReturnType<typeof pack>, name: string, data: string | Buffer): Promise<void> {
  return new Promise((res, rej) => p.entry({ name, mode: 0o644, mtime: new Date(0) }, Buffer.from(data), (err) => (err ? rej(err) : res())));
}

/** Writes a whole image archive to `file` (layer tars are staged beside it and removed). */
export async function writeImageArchive(file: string, spec: ArchiveSpec): Promise<{ diffIds: string[]; configDigest: string }> {
  const staged: { file: string; diffId: string; blobDigest: string; size: number }[] = [];
  try {
    for (const [i, layer] of spec.layers.entries()) {
      const f = `${file}.layer${i}.tmp`;
      staged.push({ file: f, ...(await writeLayerTar(f, layer, spec.gzip)) });
    }
    const config = JSON.stringify(configFor(spec, staged.map((s) => s.diffId)));
    const configHex = createHash('sha256').update(config).digest('hex');
    const p = pack();
    const out = pipeline(p, createWriteStream(file));
    if ((spec.format ?? 'docker-save') === 'docker-save') {
      const names = staged.map((s) => `${s.diffId.slice(7)}/layer.tar`);
      for (const [i, s] of staged.entries()) await addFile(p, names[i]!, s.file);
      await addBuffer(p, `${configHex}.json`, config);
      await addBuffer(p, 'manifest.json', JSON.stringify([{ Config: `${configHex}.json`, RepoTags: spec.repoTag ? [spec.repoTag] : null, Layers: names }]));
    } else {
      await addBuffer(p, 'oci-layout', '{"imageLayoutVersion":"1.0.0"}');
      for (const s of staged) await addFile(p, `blobs/sha256/${s.blobDigest.slice(7)}`, s.file);
      await addBuffer(p, `blobs/sha256/${configHex}`, config);
      const manifest = JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: `sha256:${configHex}`, size: Buffer.byteLength(config) },
        layers: staged.map((s) => ({ mediaType: `application/vnd.oci.image.layer.v1.tar${spec.gzip ? '+gzip' : ''}`, digest: s.blobDigest, size: s.size })),
      });
      const mHex = createHash('sha256').update(manifest).digest('hex');
      await addBuffer(p, `blobs/sha256/${mHex}`, manifest);
      const annotations = spec.repoTag ? { 'org.opencontainers.image.ref.name': spec.repoTag } : undefined;
      await addBuffer(p, 'index.json', JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${mHex}`, size: manifest.length, annotations }] }));
    }
    p.finalize();
    await out;
    return { diffIds: staged.map((s) => s.diffId), configDigest: `sha256:${configHex}` };
  } finally {
    for (const s of staged) rmSync(s.file, { force: true });
  }
}

/** The 512-byte tar header tar-stream writes for `h` (taken from a pack stream, no data written). */
export function tarHeader(h: Partial<Header> & { name: string }): Promise<Buffer> {
  return new Promise((res, rej) => {
    const p = pack();
    const chunks: Buffer[] = [];
    p.on('data', (d: unknown) => {
      const c = d as Buffer;
      chunks.push(c);
      const all = Buffer.concat(chunks);
      if (all.length >= 512) {
        res(all.subarray(0, 512));
        p.destroy();
      }
    });
    p.on('error', rej);
    p.entry({ mode: 0o644, mtime: new Date(0), ...h });
  });
}

/**
 * Writes a docker-save archive whose one layer holds one file of `size` zero bytes, as a sparse file
 * (holes, no data written): a multi-gigabyte layer in a few kilobytes of disk. The config carries no
 * diff_ids, so the digest is not checked (that would hash the whole layer).
 */
export async function writeSparseArchive(file: string, size: number): Promise<void> {
  const pad = (n: number) => Math.ceil(n / 512) * 512;
  const inner = await tarHeader({ name: 'big.bin', size, type: 'file' });
  const layerSize = 512 + pad(size) + 1024;
  const config = JSON.stringify({ architecture: 'amd64', os: 'linux', config: { User: '50000:50000' }, rootfs: { type: 'layers' } });
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (d: unknown) => chunks.push(d as Buffer));
  await addBuffer(p, 'config.json', config);
  await addBuffer(p, 'manifest.json', JSON.stringify([{ Config: 'config.json', RepoTags: null, Layers: ['big/layer.tar'] }]));
  await new Promise((r) => setImmediate(r));
  const head = Buffer.concat(chunks);
  p.destroy();
  const outer = await tarHeader({ name: 'big/layer.tar', size: layerSize, type: 'file' });
  const fd = openSync(file, 'w');
  try {
    let pos = 0;
    pos += writeSync(fd, head, 0, head.length, pos);
    pos += writeSync(fd, outer, 0, 512, pos);
    writeSync(fd, inner, 0, 512, pos);
    pos += layerSize; // the file data and the inner end blocks are holes (zeros)
    ftruncateSync(fd, pos + 1024); // outer end-of-archive blocks
  } finally {
    closeSync(fd);
  }
}
