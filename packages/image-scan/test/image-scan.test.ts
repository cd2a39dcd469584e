// End to end against the real Docker engine: a test image built FROM the offline base image, with a
// tiny local Python package installed with `pip install --user` into /opt/airflow/.local. OSV records
// are written here around the versions really installed in that image, on both sides of each boundary.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventoryOf, scanImage, validateBomJson } from '@flightcheck/image-scan';
import { fakeTrivy } from './support/fixtures.js';
// @ts-expect-error plain JS test helper
import { writeZip } from './support/write-zip.mjs';

const BASE = 'flightcheck/python-base:bookworm';
const TAG = 'flightcheck-test/image-scan:it';
const docker = (args: string[], env: Record<string, string> = {}) => execFileSync('docker', args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
const hasBase = spawnSync('docker', ['image', 'inspect', BASE], { stdio: 'ignore' }).status === 0;
const repo = new URL('../../..', import.meta.url).pathname;
const cli = join(repo, 'packages/cli/bin/flightcheck.js');

let real: Record<string, { name: string; version: string }>;
let db: string;

const rec = (id: string, ecosystem: string, name: string, affected: object, extra: object = {}) => ({ id, modified: new Date().toISOString(), affected: [{ package: { ecosystem, name }, ...affected }], ...extra });
const eco = (...events: object[]) => ({ ranges: [{ type: 'ECOSYSTEM', events }] });

// in CI (where tools/setup.mjs built the base image) this must run: a missing base image fails, never skips
describe.skipIf(!hasBase && !process.env.CI)('image-scan against a real image (Docker engine, no container started by the scanner)', () => {
  beforeAll(() => {
    const ctx = mkdtempSync(join(tmpdir(), 'scan-ctx-'));
    mkdirSync(join(ctx, 'tiny'));
    writeFileSync(join(ctx, 'tiny', 'setup.py'), "from setuptools import setup\nsetup(name='fc_tiny_pkg', version='1.2.3', py_modules=['fc_tiny'])\n");
    writeFileSync(join(ctx, 'tiny', 'fc_tiny.py'), 'VALUE = 1\n');
    writeFileSync(
      join(ctx, 'Dockerfile'),
      [
        `FROM ${BASE}`,
        'COPY tiny /src/tiny',
        'ENV PYTHONUSERBASE=/opt/airflow/.local PIP_BREAK_SYSTEM_PACKAGES=1 PIP_NO_INDEX=1 PIP_DISABLE_PIP_VERSION_CHECK=1',
        'RUN pip install --user --no-build-isolation --no-cache-dir /src/tiny',
        // a broken distribution: METADATA without a Version (the scan must say it skipped it)
        'RUN mkdir -p /opt/airflow/.local/lib/python3.11/site-packages/broken-0.dist-info && printf "Metadata-Version: 2.1\\nName: broken\\n" > /opt/airflow/.local/lib/python3.11/site-packages/broken-0.dist-info/METADATA',
      ].join('\n') + '\n',
    );
    docker(['build', '-q', '-t', TAG, ctx], { DOCKER_BUILDKIT: '0' });
    // The versions really installed, read with dpkg in a throw-away container (the scanner itself never runs one).
    const out = docker(['run', '--rm', '--network', 'none', '--entrypoint', 'dpkg-query', TAG, '-W', '-f', '${Package} ${source:Package} ${source:Version}\\n', 'libc6', 'libssl3', 'python3.11']);
    real = Object.fromEntries(out.trim().split('\n').map((l) => l.split(' ')).map(([p, n, v]) => [p!, { name: n!, version: v! }]));
    const glibc = real.libc6!.version;
    const openssl = real.libssl3!.version;
    const py = real['python3.11']!.version;
    db = mkdtempSync(join(tmpdir(), 'scan-osv-'));
    const records = [
      rec('DEBIAN-CVE-2099-10001', 'Debian:12', 'glibc', eco({ introduced: '0' }, { fixed: `${glibc}+1` }), { upstream: ['CVE-2099-10001'], severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }] }),
      rec('DEBIAN-CVE-2099-10002', 'Debian:12', 'glibc', eco({ introduced: '0' }, { fixed: glibc }), { upstream: ['CVE-2099-10002'] }),
      rec('DEBIAN-CVE-2099-10003', 'Debian:12', 'glibc', eco({ introduced: '0' }, { last_affected: glibc }), { upstream: ['CVE-2099-10003'] }),
      rec('DEBIAN-CVE-2099-10004', 'Debian:12', 'glibc', eco({ introduced: `${glibc}+1` }), { upstream: ['CVE-2099-10004'] }),
      rec('DEBIAN-CVE-2099-10005', 'Debian:12', 'glibc', eco({ introduced: '0' }), { upstream: ['CVE-2099-10005'], withdrawn: '2025-01-01T00:00:00Z' }),
      rec('DEBIAN-CVE-2099-10006', 'Debian:11', 'glibc', eco({ introduced: '0' }), { upstream: ['CVE-2099-10006'] }),
      rec('DSA-9001-1', 'Debian:12', 'openssl', eco({ introduced: '0' }, { fixed: `${openssl}~1` }), { upstream: ['CVE-2099-20001'] }),
      rec('DSA-9002-1', 'Debian:12', 'openssl', { versions: [openssl] }, { upstream: ['CVE-2099-20002'] }),
      rec('DSA-9003-1', 'Debian:12', 'python3.11', eco({ introduced: py }, { fixed: `${py}+1` }), { upstream: ['CVE-2099-30001'] }),
      rec('PYSEC-2099-1', 'PyPI', 'fc-tiny-pkg', eco({ introduced: '1.2.0' }, { fixed: '1.2.4' }), { aliases: ['GHSA-aaaa-bbbb-cccc'] }),
      rec('PYSEC-2099-2', 'PyPI', 'fc-tiny-pkg', eco({ introduced: '0' }, { fixed: '1.2.3' }), { aliases: ['GHSA-dddd-eeee-ffff'] }),
      rec('PYSEC-2099-3', 'PyPI', 'fc_tiny_pkg', eco({ introduced: '1.2.3.post1' })),
      rec('PYSEC-2099-4', 'PyPI', 'FC.Tiny_Pkg', { versions: ['1.2.3'] }),
    ];
    // half loose JSON, half in an all.zip dump, plus the metadata file `osv-db fetch` writes
    mkdirSync(join(db, 'Debian:12'));
    for (const r of records.slice(0, 6)) writeFileSync(join(db, 'Debian:12', `${r.id}.json`), JSON.stringify(r));
    writeZip(join(db, 'all.zip'), records.slice(6).map((r) => ({ name: `${r.id}.json`, data: JSON.stringify(r) })));
    writeFileSync(join(db, 'flightcheck-osv-db.json'), JSON.stringify({ fetchedAt: new Date().toISOString(), ecosystems: [] }));
  }, 600_000);

  afterAll(() => {
    spawnSync('docker', ['rmi', '-f', TAG], { stdio: 'ignore' });
  });

  it('reads the real inventory: dpkg with source packages, the --user package, purls and layers', async () => {
    const { inventory } = await inventoryOf({ image: TAG });
    expect(inventory.os).toMatchObject({ id: 'debian', versionId: '12' });
    const libc = inventory.packages.find((p) => p.ecosystem === 'Debian' && p.name === 'libc6')!;
    expect(libc).toMatchObject({ source: { name: 'glibc', version: real.libc6!.version }, path: '/var/lib/dpkg/status', purl: expect.stringMatching(/^pkg:deb\/debian\/libc6@.*\?arch=amd64&distro=debian-12$/) });
    expect(libc.layer!.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    const tiny = inventory.packages.find((p) => p.name === 'fc-tiny-pkg')!;
    expect(tiny).toMatchObject({ ecosystem: 'PyPI', version: '1.2.3', purl: 'pkg:pypi/fc-tiny-pkg@1.2.3', path: expect.stringMatching(/^\/opt\/airflow\/\.local\/lib\/python3\.11\/site-packages\/fc_tiny_pkg-1\.2\.3\.dist-info\/METADATA$/) });
    expect(tiny.layer!.index).toBeGreaterThan(libc.layer!.index);
    expect(inventory.packages.find((p) => p.name === 'pip' && p.ecosystem === 'PyPI')?.managedBy).toBe('dpkg');
    expect(inventory.problems).toContainEqual({ file: '/opt/airflow/.local/lib/python3.11/site-packages/broken-0.dist-info/METADATA', message: 'Python package broken has no Version in its metadata; skipped' });
  }, 300_000);

  it('matches exactly the records whose ranges hold the installed versions', async () => {
    const result = await scanImage({ image: TAG, engine: 'builtin', osvDb: db, root: mkdtempSync(join(tmpdir(), 'root-')) });
    expect(result.error).toBeUndefined();
    const got = result.findings.map((f) => `${f.ruleId} ${(f.properties as { package: string }).package} ${(f.properties as { fixedVersion?: string }).fixedVersion ?? '-'}`).sort();
    const glibcBins = result.findings.filter((f) => f.ruleId === 'CVE-2099-10001').map((f) => (f.properties as { package: string }).package);
    expect(glibcBins).toContain('libc6');
    const ids = [...new Set(result.findings.map((f) => f.ruleId))].sort();
    expect(ids).toEqual(['CVE-2099-10001', 'CVE-2099-10003', 'CVE-2099-20002', 'CVE-2099-30001', 'GHSA-aaaa-bbbb-cccc', 'PYSEC-2099-4']);
    expect(got).toContain(`CVE-2099-10001 libc6 ${real.libc6!.version}+1`);
    expect(got).toContain('GHSA-aaaa-bbbb-cccc fc-tiny-pkg 1.2.4');
    expect(result.findings.find((f) => f.ruleId === 'CVE-2099-10001')!.severity).toBe('critical');
    expect(result.notices!.map((n) => n.message)).toContainEqual(expect.stringMatching(/skipped part of .*broken-0\.dist-info\/METADATA: Python package broken has no Version/));
  }, 300_000);

  it('flightcheck sbom writes a schema-valid CycloneDX document of the real image', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sbom-')), 'bom.json');
    execFileSync('node', [cli, 'sbom', '--image', TAG, '--output', out], { encoding: 'utf8' });
    const text = readFileSync(out, 'utf8');
    const bom = JSON.parse(text);
    const purls: string[] = bom.components.map((c: { purl?: string }) => c.purl).filter(Boolean);
    expect(purls).toContain(`pkg:deb/debian/libc6@${real.libc6!.version}?arch=amd64&distro=debian-12`);
    expect(purls).toContain('pkg:pypi/fc-tiny-pkg@1.2.3');
    return validateBomJson(text);
  }, 300_000);

  it('flightcheck image-scan exits 1 on the findings and 0 when they are below --fail-on', () => {
    const run = (extra: string[]) => spawnSync('node', [cli, 'image-scan', '--image', TAG, '--engine', 'builtin', '--osv-db', db, '-f', 'json', ...extra], { encoding: 'utf8' });
    const failing = run([]);
    expect(failing.status).toBe(1);
    expect(JSON.parse(failing.stdout).results[0].findings.length).toBeGreaterThan(0);
    expect(run(['--severity', 'low']).status).toBe(0);
  }, 300_000);

  it('with a fake trivy first on PATH, auto runs trivy on the image and maps its report', () => {
    const report = join(new URL('..', import.meta.url).pathname, 'src/trivy/__fixtures__/several-classes.json');
    const trivy = fakeTrivy({ report });
    const res = spawnSync('node', [cli, 'image-scan', '--image', TAG, '-f', 'json', '--fail-on', 'none'], { encoding: 'utf8', env: { ...process.env, PATH: `${trivy.dir}:${process.env.PATH}` } });
    expect(res.status).toBe(0);
    const result = JSON.parse(res.stdout).results[0];
    expect(result).toMatchObject({ engine: 'trivy', engineVersion: '0.74.0' });
    expect(result.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('CVE-2023-4911');
    expect(readFileSync(join(trivy.dir, 'args'), 'utf8')).toMatch(/^image --format json .* -- flightcheck-test\/image-scan:it$/m);
    const failing = fakeTrivy({ body: 'echo "FATAL unable to initialize the scanner" >&2; exit 1' });
    const res2 = spawnSync('node', [cli, 'image-scan', '--image', TAG, '-f', 'json'], { encoding: 'utf8', env: { ...process.env, PATH: `${failing.dir}:${process.env.PATH}` } });
    expect(res2.status).toBe(1);
    expect(JSON.parse(res2.stdout).results[0].error).toMatch(/trivy exited 1: FATAL unable to initialize the scanner/);
  }, 300_000);
});
