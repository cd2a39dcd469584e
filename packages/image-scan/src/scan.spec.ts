import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeTrivy, GLIBC, osvDb, REQUESTS, smallImage } from '../test/support/fixtures.js';
import { serveArchive } from './debian-archive/__fixtures__/archive.js';
import { chooseEngine, scanImage } from './scan.js';

const now = new Date('2026-01-07T00:00:00Z');
const recorded = join(new URL('.', import.meta.url).pathname, 'trivy', '__fixtures__', 'several-classes.json');
const root = () => mkdtempSync(join(tmpdir(), 'scan-root-'));

describe('scanImage (built-in engine)', () => {
  it('finds the vulnerabilities of a small image in an offline database', async () => {
    const result = await scanImage({ archive: await smallImage(), engine: 'builtin', osvDb: osvDb([GLIBC, REQUESTS], '2026-01-06T00:00:00Z'), root: root(), now });
    expect(result.error).toBeUndefined();
    expect(result.engine).toBe('builtin');
    expect(result.findings.map((f) => `${f.ruleId} ${(f.properties as { package: string }).package} ${f.severity}`).sort()).toEqual(['CVE-2023-32681 requests medium', 'CVE-2023-6246 libc6 high']);
    expect(result.notices!.at(-1)!.message).toMatch(/debian 12: 2 Debian, 1 Python and 0 npm packages; 3 checked against 2 OSV records/);
  });

  it('fails closed without a database, saying how to get one', async () => {
    const result = await scanImage({ archive: await smallImage(), engine: 'builtin', root: root(), env: {} });
    expect(result.findings).toEqual([]);
    expect(result.error).toMatch(/no OSV database is configured .*flightcheck osv-db fetch --ecosystem Debian:12 --ecosystem PyPI/);
  });

  it('fails closed on a stale database unless told, and on missing ecosystems', async () => {
    const stale = osvDb([GLIBC, REQUESTS], '2025-10-01T00:00:00Z');
    expect((await scanImage({ archive: await smallImage(), engine: 'builtin', osvDb: stale, root: root(), now })).error).toMatch(/is 98 days old .*older than --max-db-age 7 days/);
    const allowed = await scanImage({ archive: await smallImage(), engine: 'builtin', osvDb: stale, allowStaleDb: true, root: root(), now });
    expect(allowed.error).toBeUndefined();
    expect(allowed.notices!.some((n) => /allow-stale-db/.test(n.message))).toBe(true);
    const onlyPypi = await scanImage({ archive: await smallImage(), engine: 'builtin', osvDb: osvDb([REQUESTS], '2026-01-06T00:00:00Z'), root: root(), now });
    expect(onlyPypi.error).toMatch(/has no records for Debian:12, so those packages could not be checked; .*--ecosystem Debian:12/);
  });

  it('honours .trivyignore, severities and --ignore-unfixed like trivy', async () => {
    const r = root();
    writeFileSync(join(r, '.trivyignore'), 'CVE-2023-6246\n');
    const db = osvDb([GLIBC, REQUESTS, { id: 'DEBIAN-CVE-2026-10001', modified: '2026-01-05T00:00:00Z', upstream: ['CVE-2026-10001'], affected: [{ package: { ecosystem: 'Debian:12', name: 'zlib' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] }] }], '2026-01-06T00:00:00Z');
    const result = await scanImage({ archive: await smallImage(), engine: 'builtin', osvDb: db, root: r, now, severities: ['high', 'critical'] });
    expect(result.findings.map((f) => [f.ruleId, f.status])).toEqual([['CVE-2023-6246', 'suppressed']]);
    const all = await scanImage({ archive: await smallImage(), engine: 'builtin', osvDb: db, root: r, now });
    expect(all.findings.map((f) => f.ruleId).sort()).toEqual(['CVE-2023-32681', 'CVE-2023-6246', 'CVE-2026-10001']);
    const fixedOnly = await scanImage({ archive: await smallImage(), engine: 'builtin', osvDb: db, root: r, now, ignoreUnfixed: true });
    expect(fixedOnly.findings.map((f) => f.ruleId).sort()).toEqual(['CVE-2023-32681', 'CVE-2023-6246']);
  });

  it('reports an unreadable archive as an error', async () => {
    const bad = join(root(), 'bad.tar');
    writeFileSync(bad, 'not a tar');
    const result = await scanImage({ archive: bad, engine: 'builtin', osvDb: osvDb([GLIBC], '2026-01-06T00:00:00Z'), root: root(), now });
    expect(result.error).toMatch(/bad\.tar/);
  });
});

describe('scanImage (trivy engine)', () => {
  it('maps the recorded report and applies .trivyignore', async () => {
    const r = root();
    writeFileSync(join(r, '.trivyignore'), 'CVE-2023-4911 exp:2026-12-31\n');
    const trivy = fakeTrivy({ report: recorded });
    const result = await scanImage({ image: 'airflow:dev', engine: 'trivy', trivyPath: trivy.path, root: r, now });
    expect(result).toMatchObject({ engine: 'trivy', engineVersion: '0.74.0' });
    expect(result.findings.find((f) => f.ruleId === 'CVE-2023-4911')).toMatchObject({ status: 'suppressed', suppression: { source: '.trivyignore', expires: '2026-12-31' } });
  });

  it('turns trivy failures into Result.error', async () => {
    const trivy = fakeTrivy({ body: 'echo "FATAL\tdb error: failed to download vulnerability DB" >&2; exit 1' });
    const result = await scanImage({ image: 'airflow:dev', engine: 'trivy', trivyPath: trivy.path, root: root() });
    expect(result.error).toMatch(/trivy exited 1: .*failed to download vulnerability DB/);
    expect((await scanImage({ image: 'x', engine: 'trivy', trivyPath: '/no/trivy', root: root() })).error).toMatch(/trivy is not installed/);
  });

  it('auto picks trivy when it is found, else the OSV scanner with a database, else the Debian archive', async () => {
    const trivy = fakeTrivy({ report: recorded });
    expect(await chooseEngine({ engine: 'auto', env: { FLIGHTCHECK_TRIVY: trivy.path } })).toBe('trivy');
    expect(await chooseEngine({ engine: 'auto', env: { FLIGHTCHECK_TRIVY: trivy.path, FLIGHTCHECK_OSV_DB: '/db' } })).toBe('trivy');
    expect(await chooseEngine({ engine: 'auto', trivyPath: '/no/trivy', osvDb: '/db' })).toBe('builtin');
    expect(await chooseEngine({ engine: 'auto', trivyPath: '/no/trivy', env: { FLIGHTCHECK_OSV_DB: '/db' } })).toBe('builtin');
    expect(await chooseEngine({ engine: 'auto', trivyPath: '/no/trivy' })).toBe('debian-archive');
    expect(await chooseEngine({ engine: 'builtin', trivyPath: trivy.path })).toBe('builtin');
  });

  it('debian-archive without a configured archive fails closed with the hint', async () => {
    const r = await scanImage({ archive: '/nonexistent.tar', engine: 'debian-archive', root: root(), env: {} });
    expect(r.error).toMatch(/does not know which archive to read; set FLIGHTCHECK_DEBIAN_MIRROR/);
    expect(r.findings).toEqual([]);
  });

  it('debian-archive covers the Debian packages and fails closed on the PyPI ones, saying so in the coverage', async () => {
    const archive = await serveArchive({
      bookworm: [{ name: 'libc6', source: 'glibc', version: '2.36-9+deb12u3' }, { name: 'zlib1g', source: 'zlib', version: '1:1.2.13.dfsg-1' }],
      'bookworm-updates': [],
      'bookworm-security': [],
    });
    try {
      const cache = mkdtempSync(join(tmpdir(), 'scan-cache-'));
      const r = await scanImage({ archive: await smallImage(), root: root(), debianKeyring: join(cache, 'none'), env: { FLIGHTCHECK_TRIVY: '/no/trivy', FLIGHTCHECK_CACHE_DIR: cache, FLIGHTCHECK_DEBIAN_MIRROR: archive.uri, FLIGHTCHECK_DEBIAN_SECURITY_MIRROR: archive.uri } });
      expect(r.engine).toBe('debian-archive');
      expect(r.findings).toEqual([]);
      expect(r.error).toMatch(/^1 PyPI packages \(requests 2.30.0\) are not covered by any available vulnerability data/);
      expect(r.coverage).toEqual([
        { ecosystem: 'Debian', packages: 2, source: expect.stringMatching(/^Debian archive: bookworm \(http:\/\/127.0.0.1/), covered: true },
        { ecosystem: 'PyPI', packages: 1, source: 'none', covered: false },
      ]);
    } finally {
      await archive.close();
    }
  });

  it('rejects bad usage', async () => {
    await expect(scanImage({ root: root() })).rejects.toThrow(/exactly one of --image and --archive/);
    await expect(scanImage({ image: 'x', archive: 'y', root: root() })).rejects.toThrow(/exactly one/);
    await expect(scanImage({ image: 'x', engine: 'grype' as never, root: root() })).rejects.toThrow(/--engine must be one of auto, builtin, trivy, debian-archive/);
  });
});
