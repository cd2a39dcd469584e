import { mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CreateNodesContextV2, CreateNodesResult, CreateNodesV2 } from '@nx/devkit';
import { createNodesFromFileList, projectFor } from './create-nodes.js';
import { normalizeOptions, type FlightcheckPluginOptions } from './options.js';
import { fileIdentity, recordReads } from './reads.js';
import { WORKSPACE_MARKER, workspaceProjectFor } from './workspace-project.js';

/**
 * The inferred projects cached by the identity of the files they were inferred from: a project's inference is used
 * again while the files Nx hands it for the project, the workspace's root manifests (package.json, the lockfiles,
 * nx.json, flightcheck.yaml), every other file the inference read (a check package's manifest, an executor's
 * schema), the plugin's options and the plugin's own files are all as they were. A file's identity is its size,
 * modification and change times and inode (reads.ts `fileIdentity`): any write changes it.
 *
 * Not by content hash through Nx's workspace context, as Nx's own plugins do: measured here, loading
 * `nx/src/devkit-internals` and setting the workspace context up in the plugin's worker cost ~100–500 ms, more than
 * the whole inference (10–40 ms), so that cache made `nx show projects` slower (createNodes 65 → 110–150 ms).
 *
 * The cache lives in the user's cache folder, never in the repository: the repository is the input the gate
 * judges, and a cache file committed to it could otherwise stand in for the checks' targets. It is read only when
 * it is owned by this user, well-formed and under MAX_CACHE_BYTES; anything else is a miss (computed afresh).
 * `FLIGHTCHECK_NO_NODES_CACHE=1` switches it off.
 */
export const CACHE_SCHEMA = 2;
export const MAX_CACHE_BYTES = 8 << 20;
/** Workspace-root files every project's inference may depend on. */
export const ROOT_FILES = ['package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb', 'nx.json', WORKSPACE_MARKER];

type Entries = [string, CreateNodesResult][];
interface CachedProject {
  /** The files Nx handed for the project, in order. */
  files: string[];
  /** Other files the inference read, with their identity when read. */
  reads: [string, string][];
  /** The plugin, its options, and the identity of `files` and the root files before the inference. */
  key: string;
  entries: Entries;
}
interface CacheFile {
  schemaVersion: typeof CACHE_SCHEMA;
  workspaceRoot: string;
  projects: Record<string, CachedProject>;
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
    if (!st.isFile() || st.size > MAX_CACHE_BYTES || (typeof process.getuid === 'function' && st.uid !== process.getuid())) return projectRecord();
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
    if (data.schemaVersion !== CACHE_SCHEMA || data.workspaceRoot !== workspaceRoot || !data.projects || typeof data.projects !== 'object') return projectRecord();
    const out = projectRecord();
    for (const [key, p] of Object.entries(data.projects)) {
      if (p && isStrings(p.files) && Array.isArray(p.reads) && p.reads.every((r) => Array.isArray(r) && r.length === 2 && isStrings(r)) && typeof p.key === 'string' && Array.isArray(p.entries)) out[key] = p;
    }
    return out;
  } catch {
    return projectRecord();
  }
}

/** Projects by root, with no prototype: a key "__proto__" or "constructor" is an ordinary key (a miss). */
function projectRecord(): Record<string, CachedProject> {
  return Object.create(null) as Record<string, CachedProject>;
}

function isStrings(a: unknown): a is string[] {
  return Array.isArray(a) && a.every((x) => typeof x === 'string');
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

export interface CacheOptions {
  file?: string;
  env?: NodeJS.ProcessEnv;
  /** Counts inferences computed (not taken from the cache): for tests. */
  onCompute?: (root: string) => void;
}

/** createNodesV2 with the cache: the same results as createNodesFromFileList, project by project. */
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
  const identities = (list: readonly string[]) => list.map((f) => `${f} ${fileIdentity(join(workspaceRoot, f))}`).join('\n');
  const stamp = `${CACHE_SCHEMA}\n${workspaceRoot}\n${pluginStamp()}\n${JSON.stringify(rawOptions ?? {})}\n${identities(ROOT_FILES)}`;
  const file = options.file ?? cacheFile(workspaceRoot, env);
  const old = readCache(file, workspaceRoot);
  const kept = projectRecord();
  const out: Entries = [];
  for (const [root, list] of byRoot) {
    // identities taken before the reads: a write during the inference shows as a change next time
    const key = `${stamp}\n${identities(list)}`;
    let entry: CachedProject | undefined = old[root];
    if (entry && (entry.key !== key || entry.files.join('\n') !== list.join('\n') || entry.reads.some(([f, id]) => fileIdentity(f) !== id))) entry = undefined;
    if (!entry) {
      options.onCompute?.(root);
      const { result, reads } = recordReads(() => createNodesFromFileList(list, rawOptions, context));
      entry = { files: list, reads: reads.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)), key, entries: result };
    }
    kept[root] = entry;
    out.push(...entry.entries);
  }
  // the cache holds this run's projects only (it never grows with folders that are gone)
  writeCache(file, workspaceRoot, kept);
  return out;
}

export const createNodesV2: CreateNodesV2<FlightcheckPluginOptions> = ['**/{Dockerfile,*.yaml,*.yml}', (files, options, context) => createNodesCached(files, options, context)];

/** Same as createNodesV2 (Nx 21+ reads `createNodes` in the v2 shape). */
export const createNodes = createNodesV2;
