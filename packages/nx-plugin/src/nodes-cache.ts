import { mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CreateNodesContextV2, CreateNodesResult, CreateNodesV2 } from '@nx/devkit';
import { createNodesFromFileList, projectFor } from './create-nodes.js';
import { normalizeOptions, type FlightcheckPluginOptions } from './options.js';
import { recordReads } from './reads.js';
import { WORKSPACE_MARKER, workspaceProjectFor } from './workspace-project.js';

/**
 * The inferred projects cached by file hash, as Nx's own plugins cache theirs: a project's inference is used again
 * while the hash of its folder's files, of the workspace's root manifests (package.json, the lockfiles, nx.json,
 * flightcheck.yaml), of the plugin's options and of the plugin's own files is the same, and while no other file
 * the inference read (a check package's manifest, an executor's schema) changed. File hashes are the ones Nx's
 * workspace context already holds for the run.
 *
 * The cache lives in the user's cache folder, never in the repository: the repository is the input the gate
 * judges, and a cache file committed to it could otherwise stand in for the checks' targets. It is read only when
 * it is owned by this user, well-formed and under MAX_CACHE_BYTES; anything else is a miss (computed afresh).
 * `FLIGHTCHECK_NO_NODES_CACHE=1` switches it off.
 */
export const CACHE_SCHEMA = 1;
export const MAX_CACHE_BYTES = 8 << 20;
/** Workspace-root files every project's inference may depend on. */
export const ROOT_FILES = ['package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb', 'nx.json', WORKSPACE_MARKER];

type Entries = [string, CreateNodesResult][];
interface CachedProject {
  /** Workspace-relative files read outside the project's folder and the root files, and their hash. */
  reads: string[];
  readsHash: string;
  entries: Entries;
}
interface CacheFile {
  schemaVersion: typeof CACHE_SCHEMA;
  workspaceRoot: string;
  projects: Record<string, CachedProject>;
}

/** Nx's hashing: one hash per list of workspace globs (from the workspace context), and hashes combined. */
export interface Hasher {
  globs(workspaceRoot: string, globs: string[][]): Promise<string[]>;
  combine(parts: string[]): string;
}

/** Nx's own, loaded on first use (nothing of it at the plugin's load). */
export function nxHasher(): Hasher {
  const req = createRequire(import.meta.url);
  const internals = req('nx/src/devkit-internals') as { hashMultiGlobWithWorkspaceContext(root: string, globs: string[][]): Promise<string[]>; hashObject(o: unknown): string };
  const { hashArray } = req('@nx/devkit') as { hashArray(parts: string[]): string };
  return { globs: (root, globs) => (globs.length ? internals.hashMultiGlobWithWorkspaceContext(root, globs) : Promise.resolve([])), combine: (parts) => hashArray(parts) };
}

/** Where the cache of a workspace is kept: the user's cache folder, one file per workspace root. */
export function cacheFile(workspaceRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  let root = workspaceRoot;
  try {
    root = realpathSync(workspaceRoot);
  } catch {
    // as given
  }
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'flightcheck', 'nx-nodes', `${fnv1a(root)}.json`);
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The cache of `workspaceRoot`, or an empty one for a missing, foreign, oversized or malformed file. */
export function readCache(file: string, workspaceRoot: string): Record<string, CachedProject> {
  try {
    const st = statSync(file);
    if (!st.isFile() || st.size > MAX_CACHE_BYTES || (typeof process.getuid === 'function' && st.uid !== process.getuid())) return {};
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
    if (data.schemaVersion !== CACHE_SCHEMA || data.workspaceRoot !== workspaceRoot || !data.projects || typeof data.projects !== 'object') return {};
    const out: Record<string, CachedProject> = {};
    for (const [key, p] of Object.entries(data.projects)) {
      if (p && Array.isArray(p.reads) && p.reads.every((r) => typeof r === 'string') && typeof p.readsHash === 'string' && Array.isArray(p.entries)) out[key] = p;
    }
    return out;
  } catch {
    return {};
  }
}

/** Writes the cache (owner-only, through a temporary file); best effort: a cache that cannot be written is a miss next time. */
export function writeCache(file: string, workspaceRoot: string, projects: Record<string, CachedProject>): void {
  try {
    const text = JSON.stringify({ schemaVersion: CACHE_SCHEMA, workspaceRoot, projects } satisfies CacheFile);
    if (text.length > MAX_CACHE_BYTES) return;
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, text, { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    // no cache this time
  }
}

/**
 * What the plugin's own code is: its version and the modification times of its files (a rebuilt plugin in the
 * workspace that develops it infers anew).
 */
export function pluginStamp(dir: string = dirname(fileURLToPath(import.meta.url))): string {
  const parts: string[] = [];
  try {
    parts.push((JSON.parse(readFileSync(join(dir, '..', 'package.json'), 'utf8')) as { version?: string }).version ?? '');
  } catch {
    parts.push('');
  }
  for (const sub of ['.', 'targets']) {
    try {
      for (const f of readdirSync(join(dir, sub)).sort()) if (/\.[cm]?[jt]s$/.test(f)) parts.push(`${sub}/${f}:${Math.trunc(statSync(join(dir, sub, f)).mtimeMs)}`);
    } catch {
      parts.push(`${sub}:-`);
    }
  }
  return parts.join('\n');
}

/** A path read during inference as a workspace-relative path, or undefined for one outside the workspace (node_modules included: the lockfile stands for it). */
function workspaceRelative(workspaceRoot: string, file: string): string | undefined {
  const rel = relative(workspaceRoot, isAbsolute(file) ? file : join(workspaceRoot, file));
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  const posix = rel.split(sep).join('/');
  return posix.split('/').includes('node_modules') ? undefined : posix;
}

export interface CacheOptions {
  hasher?: Hasher;
  file?: string;
  env?: NodeJS.ProcessEnv;
  /** Counts inferences computed (not taken from the cache): for tests. */
  onCompute?: (root: string) => void;
}

/**
 * createNodesV2 with the cache: the same results as createNodesFromFileList, project by project. When the
 * workspace context cannot hash (no Nx workspace), everything is computed.
 */
export async function createNodesCached(files: readonly string[], rawOptions: FlightcheckPluginOptions | undefined, context: CreateNodesContextV2, options: CacheOptions = {}): Promise<Entries> {
  const env = options.env ?? process.env;
  if (env.FLIGHTCHECK_NO_NODES_CACHE) return createNodesFromFileList(files, rawOptions, context);
  const { workspaceRoot } = context;
  const opts = normalizeOptions(rawOptions);
  // each project's files, in the order createNodesFromFileList takes them (its projects come out in that order)
  const byRoot = new Map<string, string[]>();
  for (const file of [...files].sort()) {
    const root = (projectFor(file, opts, workspaceRoot) ?? workspaceProjectFor(file, opts, workspaceRoot))?.root;
    if (root === undefined) continue;
    const list = byRoot.get(root);
    if (list) list.push(file);
    else byRoot.set(root, [file]);
  }
  const roots = [...byRoot.keys()];
  let hasher: Hasher;
  let folderHashes: string[];
  try {
    hasher = options.hasher ?? nxHasher();
    folderHashes = await hasher.globs(
      workspaceRoot,
      roots.map((r) => [...(r === '.' ? [] : [`${r}/**/*`]), ...ROOT_FILES]),
    );
  } catch {
    return createNodesFromFileList(files, rawOptions, context);
  }
  const stamp = hasher.combine([String(CACHE_SCHEMA), pluginStamp(), JSON.stringify(rawOptions ?? {})]);
  const file = options.file ?? cacheFile(workspaceRoot, env);
  const old = readCache(file, workspaceRoot);
  const keys = roots.map((r, i) => hasher.combine([stamp, r, folderHashes[i]!, JSON.stringify(byRoot.get(r))]));
  // the other files each cached inference read, hashed in one call
  const candidates = keys.map((k) => old[k]);
  const readHashes = await hasher.globs(workspaceRoot, candidates.filter((c): c is CachedProject => c !== undefined && c.reads.length > 0).map((c) => c.reads)).catch(() => undefined);
  let n = 0;
  const pending: [string, CachedProject][] = [];
  const kept: Record<string, CachedProject> = {};
  const out: Entries = [];
  roots.forEach((root, i) => {
    let entry: CachedProject | undefined = candidates[i];
    if (entry && entry.reads.length > 0) {
      const h = readHashes?.[n++];
      if (h === undefined || h !== entry.readsHash) entry = undefined;
    }
    if (!entry) {
      options.onCompute?.(root);
      const { result, reads } = recordReads(() => createNodesFromFileList(byRoot.get(root)!, rawOptions, context));
      const outside = [...new Set(reads.map((f) => workspaceRelative(workspaceRoot, f)).filter((f): f is string => f !== undefined && !ROOT_FILES.includes(f) && (root === '.' || !f.startsWith(`${root}/`))))].sort();
      entry = { reads: outside, readsHash: '', entries: result };
      pending.push([keys[i]!, entry]);
    }
    kept[keys[i]!] = entry;
    out.push(...entry.entries);
  });
  // hashes of what the fresh inferences read, then the cache holds this run's projects only (it never grows stale)
  const fresh = await hasher.globs(workspaceRoot, pending.filter(([, e]) => e.reads.length > 0).map(([, e]) => e.reads)).catch(() => undefined);
  let m = 0;
  for (const [key, e] of pending) {
    if (e.reads.length === 0) continue;
    const h = fresh?.[m++];
    if (h === undefined) delete kept[key];
    else e.readsHash = h;
  }
  writeCache(file, workspaceRoot, kept);
  return out;
}

export const createNodesV2: CreateNodesV2<FlightcheckPluginOptions> = ['**/{Dockerfile,*.yaml,*.yml}', (files, options, context) => createNodesCached(files, options, context)];

/** Same as createNodesV2 (Nx 21+ reads `createNodes` in the v2 shape). */
export const createNodes = createNodesV2;
