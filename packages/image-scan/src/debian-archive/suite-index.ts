import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePackagesIndex, releaseChecksum, type IndexedPackage } from './deb822.js';
import { verifyInRelease, xzDecompress } from './extract.js';
import { ArchiveFetchError, fetchBounded, type FetchFn } from './fetch.js';

/** One suite of the archive: `bookworm-security` at a mirror URI. */
export interface SuiteRef {
  suite: string;
  uri: string;
  /** `security`, `updates` or `release`. */
  kind: 'release' | 'updates' | 'security';
}

export interface SuiteIndex extends SuiteRef {
  packages: Map<string, IndexedPackage>;
  /** InRelease `Date:`. */
  date?: string;
  signatureVerified: boolean;
  signatureNote?: string;
  fromCache: boolean;
}

export interface IndexLimits {
  inReleaseBytes: number;
  indexBytes: number;
  decompressedBytes: number;
  timeoutMs: number;
}

export const DEFAULT_INDEX_LIMITS: IndexLimits = { inReleaseBytes: 4 << 20, indexBytes: 96 << 20, decompressedBytes: 512 << 20, timeoutMs: 180_000 };

function writeAtomic(file: string, data: string | Buffer): void {
  const tmp = `${file}.partial-${process.pid}`;
  writeFileSync(tmp, data, { mode: 0o600 });
  renameSync(tmp, file);
}

type Row = [string, string, string, string, string?, number?, string?];

function toRows(map: Map<string, IndexedPackage>): Row[] {
  return [...map.values()].map((p) => [p.name, p.version, p.source.name, p.source.version, p.filename, p.size, p.sha256]);
}

function fromRows(rows: Row[]): Map<string, IndexedPackage> {
  const map = new Map<string, IndexedPackage>();
  for (const [name, version, sn, sv, filename, size, sha256] of rows) {
    map.set(name, { name, version, source: { name: sn, version: sv }, ...(filename ? { filename } : {}), ...(size !== undefined && size !== null ? { size } : {}), ...(sha256 ? { sha256 } : {}) });
  }
  return map;
}

/**
 * The binary Packages index of one suite for `arch`: InRelease is fetched each time (and its signature
 * verified with Debian's keyring where gpgv is installed); the Packages.xz it lists is taken from the cache
 * when its SHA256 is already there, else fetched, checked against InRelease's SHA256, decompressed, parsed
 * and cached as JSON under that hash.
 */
export async function loadSuiteIndex(ref: SuiteRef, arch: string, cacheDir: string, opts: { limits?: IndexLimits; fetch?: FetchFn; log?: (t: string) => void; keyring?: string } = {}): Promise<SuiteIndex> {
  const limits = opts.limits ?? DEFAULT_INDEX_LIMITS;
  const log = opts.log ?? (() => {});
  mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
  const base = `${ref.uri}/dists/${ref.suite}`;
  const inRelease = await fetchBounded(`${base}/InRelease`, { maxBytes: limits.inReleaseBytes, timeoutMs: limits.timeoutMs }, opts.fetch ? { fetch: opts.fetch } : {});
  const inReleaseFile = join(cacheDir, `InRelease-${ref.suite}-${createHash('sha256').update(ref.uri).digest('hex').slice(0, 12)}`);
  writeAtomic(inReleaseFile, inRelease);
  const sig = await verifyInRelease(inReleaseFile, opts.keyring);
  const text = inRelease.toString('utf8');
  const path = `main/binary-${arch}/Packages.xz`;
  const sum = releaseChecksum(text, path);
  if (!sum) throw new ArchiveFetchError(`${base}/InRelease`, `it lists no ${path}`);
  const date = /^Date:\s*(.+)$/m.exec(text)?.[1]?.trim();
  const cached = join(cacheDir, `packages-${sum.sha256}.json`);
  const common = { ...ref, signatureVerified: sig.verified, ...(sig.reason ? { signatureNote: sig.reason } : {}), ...(date ? { date } : {}) };
  if (existsSync(cached)) {
    try {
      return { ...common, packages: fromRows(JSON.parse(readFileSync(cached, 'utf8')) as Row[]), fromCache: true };
    } catch {
      rmSync(cached, { force: true }); // a damaged cache entry is fetched again
    }
  }
  if (sum.size > limits.indexBytes) throw new ArchiveFetchError(`${base}/${path}`, `InRelease says ${sum.size} bytes, over the limit of ${limits.indexBytes}`);
  const started = Date.now();
  let lastLog = started;
  const xz = await fetchBounded(`${base}/${path}`, { maxBytes: limits.indexBytes, timeoutMs: limits.timeoutMs }, {
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
    onProgress: (bytes) => {
      if (Date.now() - lastLog < 5000) return;
      lastLog = Date.now();
      log(`image-scan: ${ref.suite} ${path}: ${(bytes / 1e6).toFixed(1)} of ${(sum.size / 1e6).toFixed(1)} MB\n`);
    },
  });
  const got = createHash('sha256').update(xz).digest('hex');
  if (got !== sum.sha256) throw new ArchiveFetchError(`${base}/${path}`, `its SHA256 ${got} is not the ${sum.sha256} that InRelease lists`);
  const xzFile = join(cacheDir, `Packages-${sum.sha256}.xz`);
  writeAtomic(xzFile, xz);
  try {
    const parsed = parsePackagesIndex(await xzDecompress(xzFile, limits.decompressedBytes), `${base}/${path}`);
    writeAtomic(cached, JSON.stringify(toRows(parsed.packages)));
    log(`image-scan: ${ref.suite} ${path}: ${parsed.packages.size} packages (${(xz.length / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return { ...common, packages: parsed.packages, fromCache: false };
  } finally {
    rmSync(xzFile, { force: true });
  }
}
