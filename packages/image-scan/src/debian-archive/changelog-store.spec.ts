import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveArchive, type FixtureArchive } from './__fixtures__/archive.js';
import { sourceChangelog } from './changelog-store.js';
import { loadSuiteIndex } from './suite-index.js';

let archive: FixtureArchive;
const cache = mkdtempSync(join(tmpdir(), 'fc-changelog-cache-'));
const LOG = 'expat (2.5.0-1+deb12u5) bookworm-security; urgency=high\n\n  * CVE-2026-66046\n\n -- M <m@example.org>  Mon, 30 Nov 2026 00:00:00 +0000\n';

beforeAll(async () => {
  archive = await serveArchive({
    'bookworm-security': [
      { name: 'libexpat1', source: 'expat', version: '2.5.0-1+deb12u5', changelog: LOG },
      { name: 'libexpat1-dev', source: 'expat', version: '2.5.0-1+deb12u5' },
      { name: 'tzdata', version: '2026f-0+deb12u1' },
    ],
  });
});
afterAll(async () => {
  await archive.close();
  rmSync(cache, { recursive: true, force: true });
});

describe('sourceChangelog', () => {
  it("reads the changelog from a binary package of the version and caches it by version", async () => {
    const idx = await loadSuiteIndex({ suite: 'bookworm-security', uri: archive.uri, kind: 'security' }, 'amd64', cache, { keyring: join(cache, 'none') });
    const candidates = [...idx.packages.values()].filter((p) => p.source.name === 'expat');
    const first = await sourceChangelog({ name: 'expat', version: '2.5.0-1+deb12u5' }, candidates, archive.uri, cache);
    expect(first.entries?.[0]).toMatchObject({ version: '2.5.0-1+deb12u5', urgency: 'high', cves: ['CVE-2026-66046'] });
    expect(first.fromCache).toBe(false);
    const debs = archive.requests.filter((r) => r.endsWith('.deb')).length;
    const again = await sourceChangelog({ name: 'expat', version: '2.5.0-1+deb12u5' }, candidates, archive.uri, cache);
    expect(again).toMatchObject({ fromCache: true, entries: first.entries });
    expect(archive.requests.filter((r) => r.endsWith('.deb'))).toHaveLength(debs);
    expect(existsSync(join(cache, 'changelogs', 'expat_2.5.0-1+deb12u5.json'))).toBe(true);
  });

  it('says why when no package of the version ships a changelog, and remembers it', async () => {
    const idx = await loadSuiteIndex({ suite: 'bookworm-security', uri: archive.uri, kind: 'security' }, 'amd64', cache, { keyring: join(cache, 'none') });
    const out = await sourceChangelog({ name: 'tzdata', version: '2026f-0+deb12u1' }, [idx.packages.get('tzdata')!], archive.uri, cache);
    expect(out.entries).toBeUndefined();
    expect(out.problems).toEqual(['tzdata 2026f-0+deb12u1 ships no changelog of its own']);
    expect((await sourceChangelog({ name: 'tzdata', version: '2026f-0+deb12u1' }, [idx.packages.get('tzdata')!], archive.uri, cache)).fromCache).toBe(true);
    expect((await sourceChangelog({ name: 'nothing', version: '1' }, [], archive.uri, cache)).problems).toEqual(['no binary package of nothing 1 in the index']);
  });
});
