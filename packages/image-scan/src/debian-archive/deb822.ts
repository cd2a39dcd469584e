import { parseDebianVersion, compareDebianVersions } from '../versions/dpkg.js';

/** The newest version of each package in one suite's index, with what is needed to fetch it. */
export interface IndexedPackage {
  name: string;
  version: string;
  /** Source package name and version (`Source: glibc (2.36-9+deb12u4)`; absent means the binary's own). */
  source: { name: string; version: string };
  /** Path of the .deb below the mirror (Packages indices only). */
  filename?: string;
  size?: number;
  sha256?: string;
}

export class IndexFormatError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'IndexFormatError';
  }
}

/** At most this many stanzas per index (bookworm main amd64 has about 64,000). */
export const MAX_STANZAS = 400_000;
const NAME = /^[a-z0-9][a-z0-9+.-]*$/;

/**
 * Parses a Debian `Packages` index (deb822 stanzas) into the newest version per binary package.
 * Stanzas without a valid name or version are skipped (counted in `skipped`); more than MAX_STANZAS
 * stanzas is an error (an index that big is not Debian's).
 */
export function parsePackagesIndex(text: string, file: string): { packages: Map<string, IndexedPackage>; skipped: number } {
  const packages = new Map<string, IndexedPackage>();
  let skipped = 0;
  let count = 0;
  for (const stanza of stanzas(text)) {
    if (++count > MAX_STANZAS) throw new IndexFormatError(file, `more than ${MAX_STANZAS} stanzas`);
    const name = stanza.get('package');
    const version = stanza.get('version');
    if (!name || !NAME.test(name) || !version || !parseDebianVersion(version)) {
      skipped++;
      continue;
    }
    let source = { name, version };
    const src = stanza.get('source');
    if (src) {
      const m = /^([a-z0-9][a-z0-9+.-]*)(?:\s+\(([^)\s]+)\))?$/.exec(src);
      if (m && (!m[2] || parseDebianVersion(m[2]))) source = { name: m[1]!, version: m[2] ?? version };
    }
    const prev = packages.get(name);
    if (prev && compareDebianVersions(prev.version, version) >= 0) continue;
    const pkg: IndexedPackage = { name, version, source };
    const filename = stanza.get('filename');
    if (filename && !filename.split('/').includes('..') && !filename.startsWith('/')) pkg.filename = filename;
    const size = Number(stanza.get('size'));
    if (Number.isSafeInteger(size) && size >= 0) pkg.size = size;
    const sha = stanza.get('sha256');
    if (sha && /^[a-f0-9]{64}$/.test(sha)) pkg.sha256 = sha;
    packages.set(name, pkg);
  }
  return { packages, skipped };
}

/** The deb822 stanzas of a text as field maps (lower-case names; continuation lines dropped). */
export function* stanzas(text: string): Generator<Map<string, string>> {
  let fields = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      if (fields.size) yield fields;
      fields = new Map();
      continue;
    }
    if (line[0] === ' ' || line[0] === '\t' || line[0] === '#') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    fields.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  if (fields.size) yield fields;
}

/**
 * The SHA256 and size InRelease lists for `path` (e.g. `main/binary-amd64/Packages.xz`), or undefined.
 * Only the checksum table is read; the clearsigned wrapper is tolerated.
 */
export function releaseChecksum(text: string, path: string): { sha256: string; size: number } | undefined {
  let inSha = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (/^SHA256:\s*$/.test(line)) {
      inSha = true;
      continue;
    }
    if (inSha && !/^\s/.test(line)) inSha = false;
    if (!inSha) continue;
    const m = /^\s+([a-f0-9]{64})\s+(\d+)\s+(\S+)$/.exec(line);
    if (m && m[3] === path) return { sha256: m[1]!, size: Number(m[2]) };
  }
  return undefined;
}
