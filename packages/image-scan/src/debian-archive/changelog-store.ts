import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChangelog, type ChangelogEntry } from './changelog.js';
import type { IndexedPackage } from './deb822.js';
import { debChangelog } from './extract.js';
import { ArchiveFetchError, fetchBounded, type FetchFn } from './fetch.js';

export const MAX_DEB_BYTES = 256 << 20;
/** Binary packages tried per source version before giving up on its changelog. */
export const MAX_CANDIDATES = 3;

/**
 * The changelog of a source package at one version, read from one of its binary .debs in the archive
 * (`candidates`, smallest first), cached under `<cacheDir>/changelogs/<source>_<version>.json` so each
 * version is fetched once. Undefined (with the reasons) when no candidate ships its own changelog.
 */
export async function sourceChangelog(
  source: { name: string; version: string },
  candidates: readonly IndexedPackage[],
  uri: string,
  cacheDir: string,
  opts: { fetch?: FetchFn; timeoutMs?: number } = {},
): Promise<{ entries?: ChangelogEntry[]; fromCache: boolean; problems: string[] }> {
  const dir = join(cacheDir, 'changelogs');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, `${source.name}_${source.version.replace(/[^A-Za-z0-9.+~-]/g, '_')}.json`);
  if (existsSync(file)) {
    try {
      const cached = JSON.parse(readFileSync(file, 'utf8')) as ChangelogEntry[] | { problems: string[] };
      // a version whose packages ship no changelog is remembered too: it will not grow one
      if (Array.isArray(cached)) return { entries: cached, fromCache: true, problems: [] };
      return { fromCache: true, problems: cached.problems };
    } catch {
      rmSync(file, { force: true });
    }
  }
  const problems: string[] = [];
  const ordered = [...candidates].filter((c) => c.filename).sort((a, b) => Number(b.name === source.name) - Number(a.name === source.name) || (a.size ?? Infinity) - (b.size ?? Infinity));
  for (const c of ordered.slice(0, MAX_CANDIDATES)) {
    const url = `${uri}/${c.filename!.split('/').map(encodeURIComponent).join('/')}`;
    const deb = join(dir, `${c.name}-${process.pid}.deb`);
    try {
      const data = await fetchBounded(url, { maxBytes: Math.min(MAX_DEB_BYTES, (c.size ?? MAX_DEB_BYTES) + 1), timeoutMs: opts.timeoutMs ?? 180_000 }, opts.fetch ? { fetch: opts.fetch } : {});
      if (c.sha256 && createHash('sha256').update(data).digest('hex') !== c.sha256) throw new ArchiveFetchError(url, 'its SHA256 is not the one the Packages index lists');
      writeFileSync(deb, data, { mode: 0o600 });
      const text = await debChangelog(deb, c.name);
      if (!text) {
        problems.push(`${c.name} ${c.version} ships no changelog of its own`);
        continue;
      }
      const entries = parseChangelog(text).filter((e) => e.source === source.name);
      if (!entries.length) {
        problems.push(`${c.name} ${c.version}: its changelog has no entry of ${source.name}`);
        continue;
      }
      const tmp = `${file}.partial-${process.pid}`;
      writeFileSync(tmp, JSON.stringify(entries), { mode: 0o600 });
      renameSync(tmp, file);
      return { entries, fromCache: false, problems };
    } catch (e) {
      problems.push((e as Error).message);
    } finally {
      rmSync(deb, { force: true });
    }
  }
  if (!ordered.length) problems.push(`no binary package of ${source.name} ${source.version} in the index`);
  else if (problems.every((p) => /ships no changelog|has no entry/.test(p))) writeFileSync(file, JSON.stringify({ problems }), { mode: 0o600 });
  return { fromCache: false, problems };
}
