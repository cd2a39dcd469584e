import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeImageArchive, type ArchiveSpec } from '@flightcheck/oci/testing';
import { baseLayer, goodImage, userLayer } from './__fixtures__/images.js';
import { DEFAULT_OPTIONS, normalizePermissionsOptions } from './options.js';
import { checkArchive } from './static-check.js';
import { runRules } from '@flightcheck/core';
import { subject } from './__fixtures__/subject.js';
import { STATIC_RULES } from './rules/index.js';

const dir = mkdtempSync(join(tmpdir(), 'fc-perm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function check(spec: ArchiveSpec, options = DEFAULT_OPTIONS) {
  const file = join(dir, `img${n++}.tar`);
  await writeImageArchive(file, spec);
  return checkArchive(file, 'test-image', options);
}
const ids = (r: { findings: { ruleId: string }[] }) => r.findings.map((f) => f.ruleId);

describe('static permissions check', () => {
  it('passes a correct image (docker save and OCI layout)', async () => {
    expect((await check(goodImage())).findings).toEqual([]);
    expect((await check({ ...goodImage(), format: 'oci-layout', gzip: true })).findings).toEqual([]);
    expect((await check(goodImage([], 'airflow'))).findings).toEqual([]);
  });
  it('fails an image that runs as root (no USER, or USER root)', async () => {
    const r = await check({ ...goodImage(), user: '' });
    expect(r.findings[0]).toMatchObject({ ruleId: 'image-user', severity: 'critical' });
    expect(r.findings[0]!.message).toMatch(/runs as root/);
    expect((await check(goodImage([], 'root'))).findings[0]!.message).toMatch(/resolves to root/);
  });
  it('fails UID 1000 and names the user, home and directories that no longer match', async () => {
    const r = await check({ layers: [baseLayer(), userLayer({ uid: 1000, gid: 1000 })], user: '1000:1000' });
    expect(ids(r)).toContain('image-user');
    expect(r.findings.find((f) => f.ruleId === 'image-user')!.message).toBe('USER 1000:1000 resolves to UID 1000; expected 50000');
    expect(ids(r)).toContain('user-home');
  });
  it('fails a home owned by root, naming path, owner, mode and layer', async () => {
    const r = await check({ layers: [baseLayer(), userLayer({ homeOwner: 0 })], user: '50000:50000' });
    const home = r.findings.find((f) => f.ruleId === 'user-home')!;
    expect(home.message).toMatch(/^The home is not owned by UID 50000: \/opt\/airflow \(directory, owner 0:0, mode 0755, layer 1 sha256:[a-f0-9]{12}\)$/);
    expect(home.properties).toMatchObject({ path: '/opt/airflow', uid: 0, mode: '0755', layer: 1, createdBy: 'RUN groupadd && useradd' });
    expect(ids(r)).toContain('owned-directories');
  });
  it('fails a world-writable /opt/airflow (twice: expected directory and world-writable)', async () => {
    const r = await check({ layers: [baseLayer(), userLayer({ homeMode: 0o777 })], user: '50000:50000' });
    expect(r.findings.map((f) => [f.ruleId, f.properties?.path])).toEqual([
      ['owned-directories', '/opt/airflow'],
      ['world-writable', '/opt/airflow'],
    ]);
  });
  it('allows sticky world-writable directories and anything under /tmp, flags world-writable files', async () => {
    const r = await check(goodImage([{ entries: [{ path: 'var/tmp', type: 'dir', mode: 0o1777 }, { path: 'etc/evil.conf', mode: 0o666, content: 'x' }, { path: 'data', type: 'dir', mode: 0o777 }] }]));
    expect(r.findings.map((f) => f.message)).toEqual([expect.stringMatching(/^World-writable directory without the sticky bit: \/data /), expect.stringMatching(/^World-writable file: \/etc\/evil.conf /)]);
  });
  it('fails packages installed as root into system site-packages, not those dpkg owns', async () => {
    const r = await check(goodImage([{ createdBy: 'RUN pip install requests', entries: [{ path: 'usr/local/lib/python3.11/site-packages/requests-2.32.3.dist-info/METADATA', content: 'x' }, { path: 'usr/local/lib/python3.11/site-packages/requests/__init__.py', content: '' }] }]));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: 'system-site-packages', properties: { distribution: 'requests', layer: 2, createdBy: 'RUN pip install requests' } });
  });
  it('fails a setuid binary that is not on the allow-list, and honours a custom list', async () => {
    const spec = goodImage([{ entries: [{ path: 'usr/local/bin/backdoor', mode: 0o4755, content: 'x' }, { path: 'usr/bin/wall', mode: 0o2755, content: 'x' }] }]);
    const r = await check(spec);
    expect(r.findings.map((f) => f.message)).toEqual([expect.stringMatching(/^setuid file not on the allow-list: \/usr\/local\/bin\/backdoor \(file, owner 0:0, mode 4755, layer 2 /)]);
    const strict = await check(spec, normalizePermissionsOptions({ setuidAllowList: ['/usr/local/bin/backdoor'] }));
    expect(strict.findings.map((f) => f.properties?.path)).toEqual(['/usr/bin/passwd', '/usr/bin/su', '/usr/bin/wall']);
  });
  it('applies whiteouts: a removed setuid binary is not reported', async () => {
    const r = await check(goodImage([{ entries: [{ path: 'usr/local/bin/x', mode: 0o4755, content: 'x' }] }, { entries: [{ path: 'usr/local/bin/.wh.x', content: '' }] }]));
    expect(r.findings).toEqual([]);
  });
  it('reports an entry that escapes the root and never applies it', async () => {
    const r = await check(goodImage([{ entries: [{ path: '../../etc/cron.d/evil', mode: 0o4755, content: 'x' }] }]));
    expect(r.findings.map((f) => f.ruleId)).toEqual(['layer-integrity']);
    expect(r.findings[0]!.message).toMatch(/escapes the root/);
  });
  it('reports a symlink loop on the home as a finding, not a crash', async () => {
    const spec: ArchiveSpec = { layers: [baseLayer(), { ...userLayer(), entries: userLayer().entries.filter((e) => !e.path.startsWith('opt/airflow')) }, { entries: [{ path: 'opt/airflow', type: 'symlink', linkTarget: '/opt/loop' }, { path: 'opt/loop', type: 'symlink', linkTarget: 'airflow' }] }], user: '50000:50000' };
    const r = await check(spec);
    expect(r.findings.filter((f) => f.ruleId === 'user-home')[0]!.message).toMatch(/symlink loop/);
    expect(ids(r)).toContain('owned-directories');
  });
  it('checks the user site-packages when the image has one', async () => {
    const r = await check(goodImage([{ entries: [{ path: 'opt/airflow/.local/lib/python3.11/site-packages', type: 'dir', uid: 0, gid: 0 }] }]));
    expect(r.findings.map((f) => [f.ruleId, f.properties?.path])).toEqual([['owned-directories', '/opt/airflow/.local/lib/python3.11/site-packages']]);
  });
});

describe('static rules cost', () => {
  // per i: a DAG folder of the airflow user with files, a dpkg-owned site package, a world-writable file and a
  // setuid binary outside the allowlist (two findings), under one correct airflow layout
  const entries = (n: number) => {
    const out: Parameters<typeof subject>[0] = [];
    const dpkg: string[] = [];
    for (let i = 0; i < n; i++) {
      out.push(
        { path: `/opt/airflow/dags/d${i}`, type: 'directory', uid: 50000, gid: 50000, mode: 0o755 },
        { path: `/opt/airflow/dags/d${i}/dag.py`, uid: 50000, gid: 50000 },
        { path: `/opt/airflow/dags/d${i}/util.py`, uid: 50000, gid: 50000 },
        { path: `/usr/lib/python3/dist-packages/pkg${i}`, type: 'directory', mode: 0o755 },
        { path: `/usr/lib/python3/dist-packages/pkg${i}/__init__.py` },
        { path: `/srv/data/f${i}`, mode: 0o666 },
        { path: `/usr/local/bin/tool${i}`, mode: 0o4755 },
      );
      dpkg.push(`/usr/lib/python3/dist-packages/pkg${i}`, `/usr/lib/python3/dist-packages/pkg${i}/__init__.py`);
    }
    out.push({ path: '/opt/airflow/dags', type: 'directory', uid: 50000, gid: 50000, mode: 0o755 }, { path: '/srv/data', type: 'directory', mode: 0o755 });
    return { out, dpkg };
  };
  it('is linear in the file tree: sixteen times the entries cost about sixteen times the time of every static rule, under 96, far from the 256 of a quadratic (fastest of 5)', () => {
    const time = (n: number) => {
      const { out, dpkg } = entries(n);
      const s = subject(out, '50000:50000', undefined, dpkg);
      const samples: number[] = [];
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        const findings = runRules(STATIC_RULES, s, { file: 'img', options: DEFAULT_OPTIONS });
        samples.push(performance.now() - t0);
        // world-writable lists 200 paths and counts the rest: every one was seen
        const ww = findings.filter((f) => f.ruleId === 'world-writable');
        expect(ww.length).toBe(n > 200 ? 201 : n);
        if (n > 200) expect(ww[200]!.message).toContain(`${n - 200} more`);
        expect(findings.filter((f) => f.ruleId === 'setuid-allowlist').length).toBeGreaterThanOrEqual(Math.min(n, 200));
      }
      return Math.min(...samples);
    };
    time(1000);
    const t1 = time(1000);
    const t2 = time(16000);
    console.log(`permissions static rules: 7,000 entries ${t1.toFixed(1)} ms, 112,000 entries ${t2.toFixed(1)} ms (ratio ${(t2 / t1).toFixed(1)})`);
    expect(t2 / t1, `${t1.toFixed(1)} ms -> ${t2.toFixed(1)} ms`).toBeLessThan(96);
  }, 300_000);
});
