import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inventory, InventoryPackage } from '../inventory/types.js';
import { serveArchive, type FixtureArchive } from './__fixtures__/archive.js';
import { archiveCacheDir, archiveConfig, runDebianArchive } from './engine.js';

let archive: FixtureArchive;
const cache = mkdtempSync(join(tmpdir(), 'fc-engine-cache-'));
const keyring = join(cache, 'no-keyring');
const SSL_LOG = [
  'openssl (3.0.22-1~deb12u2) bookworm-security; urgency=high\n\n  * CVE-2026-84782\n  * CVE-2026-35189\n\n -- M <m@example.org>  Wed, 21 Oct 2026 16:54:24 +0700\n',
  'openssl (3.0.20-1~deb12u2) bookworm-security; urgency=medium\n\n  * CVE-2026-7383\n\n -- M <m@example.org>  Wed, 01 Jul 2026 16:54:24 +0700\n',
].join('\n');

beforeAll(async () => {
  archive = await serveArchive({
    bookworm: [
      { name: 'libssl3', source: 'openssl', version: '3.0.20-1~deb12u2' },
      { name: 'bash', version: '5.2.15-2+b7' },
      { name: 'tzdata', version: '2026a-0+deb12u1' },
    ],
    'bookworm-updates': [{ name: 'tzdata', version: '2026b-0+deb12u1' }],
    'bookworm-security': [{ name: 'libssl3', source: 'openssl', version: '3.0.22-1~deb12u2', changelog: SSL_LOG }],
  });
});
afterAll(async () => {
  await archive.close();
  rmSync(cache, { recursive: true, force: true });
});

const deb = (name: string, version: string, source?: string): InventoryPackage => ({
  ecosystem: 'Debian',
  name,
  version,
  arch: 'amd64',
  ...(source ? { source: { name: source, version } } : { source: { name, version } }),
  path: '/var/lib/dpkg/status',
  purl: `pkg:deb/debian/${name}@${version}`,
});
const inventory = (packages: InventoryPackage[], os: Inventory['os'] = { id: 'debian', versionId: '12', versionCodename: 'bookworm' }): Inventory => ({ os, packages, problems: [] });

describe('runDebianArchive', () => {
  const config = () => ({ mirror: archive.uri, securityMirror: archive.uri });

  it('finds a package older than its security update, one finding per CVE of the newer changelog entries', async () => {
    const out = await runDebianArchive({ inventory: inventory([deb('libssl3', '3.0.20-1~deb12u2', 'openssl'), deb('bash', '5.2.15-2+b7'), deb('tzdata', '2026a-0+deb12u1')]), config: config(), cacheDir: cache, keyring });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['CVE-2026-84782', 'high'],
      ['CVE-2026-35189', 'high'],
    ]);
    expect(out.findings[0]!.properties).toMatchObject({ package: 'libssl3', installedVersion: '3.0.20-1~deb12u2', fixedVersion: '3.0.22-1~deb12u2', suite: 'bookworm-security', urgency: 'high' });
    expect(out.findings[0]!.message).toContain('libssl3 3.0.20-1~deb12u2 (source openssl');
    expect(out.notices.map((n) => n.message).join('\n')).toMatch(/1 Debian packages are older than bookworm or bookworm-updates/);
    expect(out.packagesChecked).toBe(3);
    expect(out.suites.map((s) => s.split(' ')[0])).toEqual(['bookworm', 'bookworm-updates', 'bookworm-security']);
  });

  it('passes an upgraded image', async () => {
    const out = await runDebianArchive({ inventory: inventory([deb('libssl3', '3.0.22-1~deb12u2', 'openssl'), deb('tzdata', '2026b-0+deb12u1')]), config: config(), cacheDir: cache, keyring });
    expect(out).toMatchObject({ findings: [], packagesChecked: 2 });
    expect(out.error).toBeUndefined();
  });

  it('fails closed on packages the archive does not know and on a release it does not know', async () => {
    const unknown = await runDebianArchive({ inventory: inventory([deb('homemade', '1.0')]), config: config(), cacheDir: cache, keyring });
    expect(unknown.error).toMatch(/1 Debian packages are in none of bookworm, bookworm-updates, bookworm-security \(homemade 1.0\)/);
    const ubuntu = await runDebianArchive({ inventory: inventory([deb('bash', '5.2')], { id: 'ubuntu', versionId: '24.04' }), config: config(), cacheDir: cache, keyring });
    expect(ubuntu.error).toMatch(/not a Debian release/);
    const noArch = await runDebianArchive({ inventory: inventory([{ ...deb('bash', '5.2'), arch: 'all' }]), config: config(), cacheDir: cache, keyring });
    expect(noArch.error).toMatch(/architecture/);
  });

  it('takes the codename from VERSION_ID when os-release has none', async () => {
    const out = await runDebianArchive({ inventory: inventory([deb('bash', '5.2.15-2+b7')], { id: 'debian', versionId: '12' }), config: config(), cacheDir: cache, keyring });
    expect(out.error).toBeUndefined();
  });
});

describe('archiveConfig and archiveCacheDir', () => {
  it('reads the mirrors from options, else the environment; both are needed', () => {
    expect(archiveConfig({}, { FLIGHTCHECK_DEBIAN_MIRROR: 'http://m/debian/', FLIGHTCHECK_DEBIAN_SECURITY_MIRROR: 'http://m/debian-security' })).toEqual({ mirror: 'http://m/debian', securityMirror: 'http://m/debian-security' });
    expect(archiveConfig({ debianMirror: 'http://a' }, {})).toBeUndefined();
    expect(archiveConfig({ debianMirror: 'http://a', debianSecurityMirror: 'http://b' }, {})).toEqual({ mirror: 'http://a', securityMirror: 'http://b' });
  });

  it('keeps its cache in flightcheck\'s cache folder', () => {
    expect(archiveCacheDir({ FLIGHTCHECK_CACHE_DIR: '/c' })).toBe('/c/debian-archive');
    expect(archiveCacheDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/flightcheck/debian-archive');
  });
});
