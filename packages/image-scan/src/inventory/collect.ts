import { FileTree, walkLayers, type ImageArchive, type LayerEntry } from '@flightcheck/oci';
import { parseDpkgStatus, type DpkgPackage } from './dpkg-status.js';
import { isNodeModulesManifest, parseNpmPackageJson } from './npm-package.js';
import { parseOsRelease } from './os-release.js';
import { debPurl, npmPurl, pypiPurl } from './purl.js';
import { parsePythonMetadata } from './python-metadata.js';
import type { Inventory, InventoryPackage, InventoryProblem, LayerInfo } from './types.js';

export interface CollectOptions {
  /** Bytes per file read at the most (larger ones are skipped with a problem). Default 16 MiB. */
  maxFileBytes?: number;
  /** Bytes of all files held at once at the most. Default 256 MiB. */
  maxTotalBytes?: number;
}

const STATUS = '/var/lib/dpkg/status';
const OS_RELEASE = ['/etc/os-release', '/usr/lib/os-release'];

type Kind = 'os-release' | 'dpkg-status' | 'dpkg-status.d' | 'dpkg-list' | 'python' | 'npm';

/** Which files the inventory reads (everything else only goes into the merged tree). */
export function fileKind(path: string): Kind | undefined {
  if (OS_RELEASE.includes(path)) return 'os-release';
  if (path === STATUS) return 'dpkg-status';
  if (path.startsWith('/var/lib/dpkg/status.d/') && !path.slice(23).includes('/') && !path.endsWith('.md5sums')) return 'dpkg-status.d';
  if (/^\/var\/lib\/dpkg\/info\/[^/]+\.list$/.test(path)) return 'dpkg-list';
  if (/\.dist-info\/METADATA$/.test(path) || /\.egg-info\/PKG-INFO$/.test(path) || /\.egg-info$/.test(path)) return 'python';
  if (isNodeModulesManifest(path)) return 'npm';
  return undefined;
}

interface Captured {
  layer: LayerInfo;
  data: Buffer;
}

/** The Python distribution folder a metadata file belongs to (what dpkg's file lists name). */
function distDir(path: string): string {
  return /\.(dist|egg)-info$/.test(path) ? path : path.slice(0, path.lastIndexOf('/'));
}

/**
 * Reads an image's packages from its layers (no container is started): the OS from os-release, Debian
 * packages from dpkg's status database, Python distributions from every dist-info / egg-info, npm
 * packages from node_modules. Streams each layer once, keeping only the files it needs (bounded).
 */
export async function collectInventory(archive: ImageArchive, opts: CollectOptions = {}): Promise<Inventory> {
  const maxFile = opts.maxFileBytes ?? 16 << 20;
  let budget = opts.maxTotalBytes ?? 256 << 20;
  const tree = new FileTree();
  const files = new Map<string, Captured>();
  const statusHistory: Captured[] = [];
  const problems: InventoryProblem[] = [];
  const tooBig = new Set<string>();
  await walkLayers(archive, async (e: LayerEntry, body) => {
    tree.add(e);
    if (e.type !== 'file' || e.invalid || e.whiteout) return;
    const kind = fileKind(e.path);
    if (!kind) return;
    const prev = files.get(e.path);
    if (e.size > maxFile || e.size > budget + (prev?.data.length ?? 0)) {
      tooBig.add(e.path);
      files.delete(e.path);
      if (prev) budget += prev.data.length;
      return;
    }
    const data = await body.read(maxFile);
    if (prev && kind !== 'dpkg-status') budget += prev.data.length;
    budget -= data.length;
    const c = { layer: { index: e.layer, digest: e.layerDigest }, data };
    files.set(e.path, c);
    tooBig.delete(e.path);
    if (kind === 'dpkg-status') statusHistory.push(c);
  });
  tree.finish();
  // Only what the merged file system still shows counts (later layers may delete or replace files).
  const live = (path: string): Captured | undefined => {
    const c = files.get(path);
    const node = tree.lookup(path);
    return c && node && node.type === 'file' && node.layer === c.layer.index ? c : undefined;
  };
  for (const p of tooBig) if (tree.lookup(p)) problems.push({ file: p, message: `larger than the read bound (${maxFile} bytes, or the ${opts.maxTotalBytes ?? 256 << 20}-byte total); not read` });

  const inventory: Inventory = { packages: [], problems };
  const osPath = tree.resolve('/etc/os-release').path;
  const osFile = live(osPath) ?? live('/usr/lib/os-release');
  if (osFile) {
    const os = parseOsRelease(osFile.data.toString('utf8'));
    if (os) inventory.os = os;
    else problems.push({ file: osPath, message: 'os-release has no ID; the OS is unknown' });
  }
  const os = inventory.os;

  const addDeb = (p: DpkgPackage, path: string, layer: LayerInfo | undefined) => {
    const pkg: InventoryPackage = { ecosystem: 'Debian', name: p.name, version: p.version, source: p.source, path, purl: debPurl(p.name, p.version, p.arch, os) };
    if (p.arch) pkg.arch = p.arch;
    if (layer) pkg.layer = layer;
    inventory.packages.push(pkg);
  };
  const status = live(STATUS);
  if (status) {
    const parsed = parseDpkgStatus(status.data.toString('utf8'), STATUS);
    problems.push(...parsed.problems);
    // The layer that installed a package: the earliest status version since which it has been there unchanged.
    const history = statusHistory.filter((h) => h.layer.index <= status.layer.index).map((h) => ({ layer: h.layer, versions: new Map(parseDpkgStatus(h.data.toString('utf8'), STATUS).packages.map((p) => [p.name, p.version])) }));
    for (const p of parsed.packages) {
      let layer = status.layer;
      for (let i = history.length - 1; i >= 0 && history[i]!.versions.get(p.name) === p.version; i--) layer = history[i]!.layer;
      addDeb(p, STATUS, layer);
    }
  }
  const owned = new Set<string>();
  for (const [path] of files) {
    const kind = fileKind(path);
    const c = kind && kind !== 'dpkg-status' && kind !== 'os-release' ? live(path) : undefined;
    if (!c) continue;
    if (kind === 'dpkg-status.d') {
      const parsed = parseDpkgStatus(c.data.toString('utf8'), path);
      problems.push(...parsed.problems);
      for (const p of parsed.packages) addDeb(p, path, c.layer);
    } else if (kind === 'dpkg-list') {
      for (const line of c.data.toString('utf8').split('\n')) if (/\.(dist|egg)-info$/.test(line)) owned.add(line);
    }
  }
  for (const [path] of files) {
    const kind = fileKind(path);
    const c = kind === 'python' || kind === 'npm' ? live(path) : undefined;
    if (!c) continue;
    const text = c.data.toString('utf8');
    if (kind === 'python') {
      const { dist, problem } = parsePythonMetadata(text, path);
      if (problem) problems.push(problem);
      if (!dist) continue;
      const pkg: InventoryPackage = { ecosystem: 'PyPI', name: dist.name, version: dist.version, path, layer: c.layer, purl: pypiPurl(dist.name, dist.version) };
      if (owned.has(distDir(path))) pkg.managedBy = 'dpkg';
      inventory.packages.push(pkg);
    } else {
      const { pkg: npm, problem } = parseNpmPackageJson(text, path);
      if (problem) problems.push(problem);
      if (npm) inventory.packages.push({ ecosystem: 'npm', name: npm.name, version: npm.version, path, layer: c.layer, purl: npmPurl(npm.name, npm.version) });
    }
  }
  for (const a of tree.anomalies.slice(0, 20)) problems.push({ file: a.path, message: `layer ${a.layer}: ${a.kind} (${a.detail})` });
  const rank = { Debian: 0, PyPI: 1, npm: 2 };
  const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  inventory.packages.sort((a, b) => rank[a.ecosystem] - rank[b.ecosystem] || byText(a.name, b.name) || byText(a.path, b.path));
  return inventory;
}
