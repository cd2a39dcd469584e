import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveArchive, type FixtureArchive } from './__fixtures__/archive.js';
import { loadSuiteIndex } from './suite-index.js';

let archive: FixtureArchive;
const cache = mkdtempSync(join(tmpdir(), 'fc-suite-cache-'));
const NO_KEYRING = join(cache, 'none.gpg');

beforeAll(async () => {
  archive = await serveArchive({ bookworm: [{ name: 'zlib1g', source: 'zlib', version: '1:1.2.13.dfsg-1' }] });
});
afterAll(async () => {
  await archive.close();
  rmSync(cache, { recursive: true, force: true });
});

describe('loadSuiteIndex', () => {
  it('reads the Packages.xz InRelease lists, then serves it from the cache by its hash', async () => {
    const ref = { suite: 'bookworm', uri: archive.uri, kind: 'release' as const };
    const first = await loadSuiteIndex(ref, 'amd64', cache, { keyring: NO_KEYRING });
    expect(first.fromCache).toBe(false);
    expect(first.packages.get('zlib1g')).toMatchObject({ version: '1:1.2.13.dfsg-1', source: { name: 'zlib', version: '1:1.2.13.dfsg-1' } });
    expect(first.signatureVerified).toBe(false);
    expect(first.date).toBe('Mon, 30 Nov 2026 00:22:33 UTC');
    const again = await loadSuiteIndex(ref, 'amd64', cache, { keyring: NO_KEYRING });
    expect(again.fromCache).toBe(true);
    expect(again.packages.get('zlib1g')!.version).toBe('1:1.2.13.dfsg-1');
    expect(archive.requests.filter((r) => r.endsWith('Packages.xz'))).toHaveLength(1);
    expect(readdirSync(cache).some((f) => f.endsWith('.partial') || f.endsWith('.xz'))).toBe(false);
  });

  it('refuses an index whose SHA256 is not the one InRelease lists, and a suite without the index', async () => {
    const other = mkdtempSync(join(tmpdir(), 'fc-suite-cache-'));
    try {
      writeFileSync(join(archive.root, 'dists', 'bookworm', 'main', 'binary-amd64', 'Packages.xz'), 'tampered');
      await expect(loadSuiteIndex({ suite: 'bookworm', uri: archive.uri, kind: 'release' }, 'amd64', other, { keyring: NO_KEYRING })).rejects.toThrow(/is not the .* that InRelease lists/);
      await expect(loadSuiteIndex({ suite: 'bookworm', uri: archive.uri, kind: 'release' }, 'arm64', other, { keyring: NO_KEYRING })).rejects.toThrow(/lists no main\/binary-arm64\/Packages.xz/);
      await expect(loadSuiteIndex({ suite: 'trixie', uri: archive.uri, kind: 'release' }, 'amd64', other, { keyring: NO_KEYRING })).rejects.toThrow(/HTTP 404/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
