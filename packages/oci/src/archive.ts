import { jsonNestingLine, jsonNestingReason } from '@flightcheck/core';
import { statSync } from 'node:fs';
import { ArchiveError } from './errors.js';
import { cleanName, scanOuterTar, type OuterEntry } from './outer-tar.js';

/** The parts of an image config (OCI / Docker) the checks read. Everything is optional: hostile input. */
export interface ImageConfig {
  architecture?: string;
  os?: string;
  created?: string;
  config?: {
    User?: string;
    Env?: string[];
    Entrypoint?: string[] | null;
    Cmd?: string[] | null;
    WorkingDir?: string;
    Labels?: Record<string, string> | null;
  };
  rootfs?: { type?: string; diff_ids?: string[] };
  history?: { created_by?: string; empty_layer?: boolean; comment?: string }[];
}

export interface LayerRef {
  /** Position in the image, 0 = base layer. */
  index: number;
  /** Entry of the outer archive holding the layer blob. */
  archivePath: string;
  /** Byte range of the blob in the archive file. */
  offset: number;
  size: number;
  /** Digest of the uncompressed layer (config `rootfs.diff_ids`), when known. */
  diffId?: string;
  /** Digest of the blob as stored (OCI descriptor or `blobs/sha256/<hex>` name), when known. */
  blobDigest?: string;
  mediaType?: string;
  /** The best identifier for messages: diffId, else blobDigest, else the archive path. */
  digest: string;
  /** The Dockerfile instruction that made it, from the config history, when known. */
  createdBy?: string;
}

export interface ImageArchive {
  file: string;
  format: 'docker-save' | 'oci-layout';
  config: ImageConfig;
  /** `sha256:<hex>` of the config blob: the image id. */
  configDigest?: string;
  repoTags: string[];
  layers: LayerRef[];
}

const MAX_LAYERS = 1000;
const HEX = /^[a-f0-9]{64}$/;

function parseJson<T>(file: string, entry: OuterEntry | undefined, what: string): T {
  if (!entry) throw new ArchiveError(file, `${what} is missing`);
  if (!entry.data) throw new ArchiveError(file, `${what} (${entry.name}) is too large to be metadata (${entry.size} bytes)`);
  const text = entry.data.toString('utf8');
  const deep = jsonNestingLine(text);
  if (deep !== undefined) throw new ArchiveError(file, `${what} (${entry.name}): ${jsonNestingReason()} (line ${deep})`);
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new ArchiveError(file, `${what} (${entry.name}) is not valid JSON: ${(e as Error).message}`);
  }
}

/** Follows symlinks and hard links of the outer archive (docker save links duplicate layers). */
function resolveEntry(file: string, byName: Map<string, OuterEntry>, name: string, what: string): OuterEntry {
  let current = cleanName(name);
  for (let hops = 0; hops < 16; hops++) {
    const e = byName.get(current);
    if (!e) throw new ArchiveError(file, `${what} ${current} is listed but not in the archive (truncated or incomplete archive?)`);
    if ((e.type === 'symlink' || e.type === 'link') && e.linkname) {
      const base = e.type === 'symlink' ? current.split('/').slice(0, -1) : [];
      for (const part of e.linkname.split('/')) {
        if (part === '..') base.pop();
        else if (part && part !== '.') base.push(part);
      }
      current = base.join('/');
      continue;
    }
    if (e.type !== 'file' && e.type !== 'contiguous-file') throw new ArchiveError(file, `${what} ${e.name} is a ${e.type}, not a file`);
    return e;
  }
  throw new ArchiveError(file, `${what} ${name}: too many links (loop?)`);
}

function blobName(digest: unknown): string | undefined {
  if (typeof digest !== 'string') return undefined;
  const [alg, hex] = digest.split(':');
  return alg && hex && /^[a-z0-9]+$/.test(alg) && /^[a-f0-9]{32,128}$/.test(hex) ? `blobs/${alg}/${hex}` : undefined;
}

function historyFor(config: ImageConfig): (string | undefined)[] {
  return (Array.isArray(config.history) ? config.history : []).filter((h) => h && !h.empty_layer).map((h) => (typeof h.created_by === 'string' ? h.created_by.slice(0, 500) : undefined));
}

function checkLayerCount(file: string, n: number, config: ImageConfig): void {
  if (n > MAX_LAYERS) throw new ArchiveError(file, `${n} layers: more than ${MAX_LAYERS}`);
  const diffIds = config.rootfs?.diff_ids;
  if (Array.isArray(diffIds) && diffIds.length !== n) throw new ArchiveError(file, `the config lists ${diffIds.length} layers (rootfs.diff_ids) but the manifest ${n}`);
}

interface DockerManifestItem {
  Config?: string;
  RepoTags?: string[] | null;
  Layers?: string[];
}

function fromDockerSave(file: string, byName: Map<string, OuterEntry>): ImageArchive {
  const items = parseJson<DockerManifestItem[]>(file, byName.get('manifest.json'), 'manifest.json');
  if (!Array.isArray(items) || items.length === 0) throw new ArchiveError(file, 'manifest.json lists no image');
  const item = items[0]!;
  if (typeof item.Config !== 'string' || !Array.isArray(item.Layers)) throw new ArchiveError(file, 'manifest.json has no Config or Layers');
  const configEntry = resolveEntry(file, byName, item.Config, 'config');
  const config = parseJson<ImageConfig>(file, configEntry, 'image config');
  checkLayerCount(file, item.Layers.length, config);
  const hist = historyFor(config);
  const diffIds = config.rootfs?.diff_ids ?? [];
  const configHex = /([a-f0-9]{64})(\.json)?$/.exec(item.Config)?.[1];
  const layers = item.Layers.map((p, index): LayerRef => {
    if (typeof p !== 'string') throw new ArchiveError(file, `manifest.json Layers[${index}] is not a path`);
    const e = resolveEntry(file, byName, p, `layer ${index}`);
    const hex = /^blobs\/sha256\/([a-f0-9]{64})$/.exec(e.name)?.[1];
    const ref: LayerRef = { index, archivePath: e.name, offset: e.dataOffset, size: e.size, digest: '' };
    if (typeof diffIds[index] === 'string') ref.diffId = diffIds[index];
    if (hex) ref.blobDigest = `sha256:${hex}`;
    if (hist[index]) ref.createdBy = hist[index];
    ref.digest = ref.diffId ?? ref.blobDigest ?? e.name;
    return ref;
  });
  const out: ImageArchive = { file, format: 'docker-save', config, repoTags: (item.RepoTags ?? []).filter((t) => typeof t === 'string'), layers };
  if (configHex && HEX.test(configHex)) out.configDigest = `sha256:${configHex}`;
  return out;
}

interface Descriptor {
  mediaType?: string;
  digest?: string;
  size?: number;
  platform?: { os?: string; architecture?: string };
  annotations?: Record<string, string>;
}

function fromOciLayout(file: string, byName: Map<string, OuterEntry>): ImageArchive {
  let index = parseJson<{ manifests?: Descriptor[]; layers?: Descriptor[]; config?: Descriptor }>(file, byName.get('index.json'), 'index.json');
  const tags: string[] = [];
  // index → (nested index)* → image manifest; prefer linux/amd64, else the first
  for (let depth = 0; depth < 4 && Array.isArray(index.manifests); depth++) {
    const ms = index.manifests;
    if (ms.length === 0) throw new ArchiveError(file, 'index.json lists no manifest');
    const pick = ms.find((m) => m?.platform?.os === 'linux' && m.platform.architecture === 'amd64') ?? ms[0]!;
    const name = pick.annotations?.['org.opencontainers.image.ref.name'] ?? pick.annotations?.['io.containerd.image.name'];
    if (name) tags.push(name);
    const blob = blobName(pick.digest);
    if (!blob) throw new ArchiveError(file, `manifest digest ${String(pick.digest)} is not a valid digest`);
    index = parseJson(file, resolveEntry(file, byName, blob, 'manifest'), `manifest ${pick.digest}`);
  }
  const manifest = index;
  if (!manifest.config || !Array.isArray(manifest.layers)) throw new ArchiveError(file, 'the image manifest has no config or layers');
  const cfgBlob = blobName(manifest.config.digest);
  if (!cfgBlob) throw new ArchiveError(file, 'the image manifest has an invalid config digest');
  const config = parseJson<ImageConfig>(file, resolveEntry(file, byName, cfgBlob, 'config'), 'image config');
  checkLayerCount(file, manifest.layers.length, config);
  const hist = historyFor(config);
  const diffIds = config.rootfs?.diff_ids ?? [];
  const layers = manifest.layers.map((d, i): LayerRef => {
    const blob = blobName(d?.digest);
    if (!blob) throw new ArchiveError(file, `layer ${i} has an invalid digest`);
    const e = resolveEntry(file, byName, blob, `layer ${i}`);
    const ref: LayerRef = { index: i, archivePath: e.name, offset: e.dataOffset, size: e.size, blobDigest: d.digest!, digest: '' };
    if (typeof diffIds[i] === 'string') ref.diffId = diffIds[i];
    if (typeof d.mediaType === 'string') ref.mediaType = d.mediaType;
    if (hist[i]) ref.createdBy = hist[i];
    ref.digest = ref.diffId ?? ref.blobDigest!;
    return ref;
  });
  return { file, format: 'oci-layout', config, configDigest: manifest.config.digest!, repoTags: tags, layers };
}

/**
 * Opens an image archive: a `docker save` tar (manifest.json, both the classic and the OCI-based layout
 * of newer engines) or an OCI image layout in a tar (oci-layout + index.json). One streamed pass lists
 * the entries and keeps only the small metadata files; layers stay in the file and are read on demand.
 */
export async function openImageArchive(file: string): Promise<ImageArchive> {
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new ArchiveError(file, 'no such file');
  }
  if (!st.isFile()) throw new ArchiveError(file, 'not a regular file');
  const keep = (name: string, size: number) =>
    name === 'manifest.json' || name === 'index.json' || name === 'repositories' || (/^[^/]+\.json$/.test(name) && size < 16 << 20) || (name.startsWith('blobs/') && size <= 4 << 20);
  const entries = await scanOuterTar(file, keep);
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (entries.length === 0) throw new ArchiveError(file, 'empty archive: not a docker save or OCI layout tar');
  if (byName.has('manifest.json')) return fromDockerSave(file, byName);
  if (byName.has('index.json')) return fromOciLayout(file, byName);
  throw new ArchiveError(file, 'neither manifest.json (docker save) nor index.json (OCI layout) found: not an image archive');
}
