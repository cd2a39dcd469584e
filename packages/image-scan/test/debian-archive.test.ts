// The debian-archive engine against the real Debian archive this machine's apt reaches (its mirrors read
// from the apt sources, as the gate does): an image built FROM the upgraded local base with openssl put
// back to the release suite's version, which is older than bookworm-security's, is found with the CVE ids
// of the newer changelog entries; the same image upgraded passes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanImage } from '@flightcheck/image-scan';
import { archiveCacheDir } from '../src/debian-archive/engine.js';
import { loadSuiteIndex } from '../src/debian-archive/suite-index.js';
import { compareDebianVersions } from '../src/versions/dpkg.js';
// @ts-expect-error plain JS helper of the setup scripts
import { debianMirror, debianSecurityMirror } from '../../../tools/lib/apt.mjs';

const BASE = 'flightcheck/python-base:bookworm';
const OLD = 'release-test/openssl-old:it';
const NEW = 'release-test/openssl-upgraded:it';
const hasBase = spawnSync('docker', ['image', 'inspect', BASE], { stdio: 'ignore' }).status === 0;
const docker = (args: string[]) => execFileSync('docker', args, { encoding: 'utf8', env: { ...process.env, DOCKER_BUILDKIT: '0' }, maxBuffer: 64 << 20 });

let env: Record<string, string | undefined>;
let release = '';
let fixed = '';
const dirs: string[] = [];

function build(tag: string, from: string, lines: string[]): void {
  const ctx = mkdtempSync(join(tmpdir(), 'release-archive-'));
  dirs.push(ctx);
  writeFileSync(join(ctx, 'Dockerfile'), [`FROM ${from}`, 'USER 0', ...lines].join('\n'));
  docker(['build', '-q', '-t', tag, ctx]);
}

describe.skipIf(!hasBase && !process.env.CI)('debian-archive engine against the real archive', () => {
  beforeAll(async () => {
    const mirror = await debianMirror('bookworm');
    const security = await debianSecurityMirror('bookworm');
    env = { ...process.env, FLIGHTCHECK_TRIVY: '/no/trivy', FLIGHTCHECK_OSV_DB: '', FLIGHTCHECK_DEBIAN_MIRROR: mirror.uri, FLIGHTCHECK_DEBIAN_SECURITY_MIRROR: security.uri };
    // today's versions, read from the archive (not written here): the test needs release < security
    const cache = archiveCacheDir(process.env);
    release = (await loadSuiteIndex({ suite: 'bookworm', uri: mirror.uri, kind: 'release' }, 'amd64', cache)).packages.get('libssl3')!.version;
    fixed = (await loadSuiteIndex({ suite: 'bookworm-security', uri: security.uri, kind: 'security' }, 'amd64', cache)).packages.get('libssl3')?.version ?? release;
    expect(compareDebianVersions(release, fixed), `bookworm has libssl3 ${release}, bookworm-security ${fixed}: no pending security update to test with`).toBeLessThan(0);
    const apt = 'apt-get update -o Acquire::Languages=none';
    build(OLD, BASE, [`RUN ${apt} && apt-get install -y --allow-downgrades --no-install-recommends libssl3=${release} openssl=${release} && rm -rf /var/lib/apt/lists/*`]);
    build(NEW, OLD, [`RUN ${apt} && apt-get -y upgrade && rm -rf /var/lib/apt/lists/*`]);
  }, 900_000);

  afterAll(() => {
    spawnSync('docker', ['rmi', '-f', OLD, NEW], { stdio: 'ignore' });
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('finds openssl older than its security update, with the CVE ids of the newer changelog entries', async () => {
    const r = await scanImage({ image: OLD, root: tmpdir(), env });
    expect(r.engine).toBe('debian-archive');
    expect(r.error).toBeUndefined();
    const ssl = r.findings.filter((f) => (f.properties as { package: string }).package === 'libssl3');
    expect(ssl.length).toBeGreaterThan(0);
    for (const f of ssl) {
      expect(f.properties).toMatchObject({ installedVersion: release, fixedVersion: fixed, sourcePackage: 'openssl', suite: 'bookworm-security' });
      expect(f.ruleId).toMatch(/^CVE-\d{4}-\d+$/);
      expect((f.properties as { cves: string[] }).cves).toContain(f.ruleId);
    }
    if (release === '3.0.20-1~deb12u2' && fixed === '3.0.22-1~deb12u2') {
      // the ids bookworm-security's openssl changelog names for 3.0.22-1~deb12u1 and ~deb12u2
      expect(ssl.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['CVE-2026-84782', 'CVE-2026-35189', 'CVE-2026-54872', 'CVE-2026-42767', 'CVE-2026-63072', 'CVE-2026-75803']));
      expect(ssl.map((f) => f.ruleId)).not.toContain('CVE-2026-7383'); // fixed in 3.0.20-1~deb12u2, which is installed
      expect(ssl[0]!.severity).toBe('high'); // urgency=high, 12 CVEs
    }
    expect(r.coverage?.find((c) => c.ecosystem === 'Debian')).toMatchObject({ covered: true });
  });

  it('passes the same image upgraded', async () => {
    const r = await scanImage({ image: NEW, root: tmpdir(), env });
    expect(r.error).toBeUndefined();
    expect(r.findings).toEqual([]);
  });
});
