import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GenericContainer } from 'testcontainers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPermissions, DEFAULT_OPTIONS } from '@flightcheck/permissions';

// Offline: the base image comes from `node tools/setup.mjs --only base-image` (debootstrap + docker import).
const BASE = process.env.FLIGHTCHECK_BASE_IMAGE ?? 'flightcheck/python-base:bookworm';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const USER_IMAGE = 'flightcheck-test/permissions-airflow-user:it';
const tmp = mkdtempSync(join(tmpdir(), 'fc-perm-it-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function buildVariant(name: string, dockerfile: string): Promise<string> {
  const dir = join(tmp, name);
  rmSync(dir, { recursive: true, force: true });
  (await import('node:fs')).mkdirSync(dir);
  writeFileSync(join(dir, 'Dockerfile'), dockerfile);
  const tag = `flightcheck-test/permissions-${name}:it`;
  await GenericContainer.fromDockerfile(dir).build(tag, { deleteOnExit: false });
  return tag;
}

const staticIds = async (image: string) => {
  const r = await checkPermissions({ image, options: DEFAULT_OPTIONS });
  return r.results[0]!.findings.map((f) => f.ruleId);
};

beforeAll(async () => {
  // the shipped Dockerfile, up to its user stage, from the offline base image
  await GenericContainer.fromDockerfile(join(ROOT, 'images/airflow')).withBuildArgs({ BASE_IMAGE: BASE }).withTarget('airflow-user').build(USER_IMAGE, { deleteOnExit: false });
});

describe('permissions on the shipped Airflow image (airflow-user stage)', () => {
  it('passes the static and the run-time checks', async () => {
    const report = await checkPermissions({ image: USER_IMAGE, runtime: true, options: DEFAULT_OPTIONS });
    expect(report.results.map((r) => [r.check, r.error, r.findings.map((f) => f.message)])).toEqual([
      ['permissions', undefined, []],
      ['permissions-runtime', undefined, []],
    ]);
  });
});

describe('deliberately broken variants fail with the right finding', () => {
  it('runs as root', async () => {
    const image = await buildVariant('root', `FROM ${USER_IMAGE}\nUSER root\n`);
    expect(await staticIds(image)).toContain('image-user');
    const rt = await checkPermissions({ image, runtime: true, options: DEFAULT_OPTIONS });
    const runtime = rt.results[1]!.findings;
    expect(runtime.find((f) => f.ruleId === 'runtime-identity')!.message).toBe('The container runs as UID 0; expected 50000');
    expect(runtime.filter((f) => f.ruleId === 'runtime-writable').map((f) => f.message)).toEqual(expect.arrayContaining(['The container\'s user can create files in /etc', 'The container\'s user can create files in /usr']));
  });
  it('UID 1000', async () => {
    const image = await buildVariant('uid1000', `FROM ${BASE}\nRUN groupadd --gid 1000 airflow && useradd --uid 1000 --gid 1000 --home-dir /opt/airflow --no-create-home airflow && install -d -o 1000 -g 1000 /opt/airflow /opt/airflow/.local\nUSER 1000:1000\n`);
    const r = (await checkPermissions({ image, options: DEFAULT_OPTIONS })).results[0]!.findings;
    expect(r.find((f) => f.ruleId === 'image-user')!.message).toBe('USER 1000:1000 resolves to UID 1000; expected 50000');
    expect(r.map((f) => f.ruleId)).toContain('owned-directories');
  });
  it('home owned by root', async () => {
    const image = await buildVariant('homeroot', `FROM ${USER_IMAGE}\nUSER root\nRUN chown root:root /opt/airflow\nUSER 50000:50000\n`);
    const r = (await checkPermissions({ image, options: DEFAULT_OPTIONS })).results[0]!.findings;
    const home = r.find((f) => f.ruleId === 'user-home')!;
    expect(home.message).toMatch(/^The home is not owned by UID 50000: \/opt\/airflow \(directory, owner 0:0, mode 0755, layer \d+ sha256:/);
    expect(home.properties?.createdBy).toMatch(/chown root:root \/opt\/airflow/);
  });
  it('world-writable /opt/airflow', async () => {
    const image = await buildVariant('worldw', `FROM ${USER_IMAGE}\nUSER root\nRUN chmod 0777 /opt/airflow\nUSER 50000:50000\n`);
    const ids = await staticIds(image);
    expect(ids).toEqual(['owned-directories', 'world-writable']);
  });
  it('packages installed as root into system site-packages', async () => {
    const image = await buildVariant('rootpip', `FROM ${USER_IMAGE}\nUSER root\nRUN mkdir /tmp/p && printf 'from setuptools import setup\\nsetup(name="rootpkg", version="1.0", py_modules=["rootpkg"])\\n' > /tmp/p/setup.py && touch /tmp/p/rootpkg.py && cd /tmp/p && PIP_BREAK_SYSTEM_PACKAGES=1 python3 -m pip install --no-index --no-build-isolation . && cd / && rm -rf /tmp/p\nUSER 50000:50000\n`);
    const r = (await checkPermissions({ image, options: DEFAULT_OPTIONS })).results[0]!.findings;
    expect(r.map((f) => [f.ruleId, f.properties?.distribution])).toEqual([['system-site-packages', 'rootpkg']]);
    expect(r[0]!.message).toMatch(/\/usr\/local\/lib\/python3[.\d]*\/(dist|site)-packages\/rootpkg-1\.0\.(dist|egg)-info/);
  });
  it('a setuid binary added', async () => {
    const image = await buildVariant('setuid', `FROM ${USER_IMAGE}\nUSER root\nRUN cp /usr/bin/id /usr/local/bin/suid-id && chmod 4755 /usr/local/bin/suid-id\nUSER 50000:50000\n`);
    const r = (await checkPermissions({ image, options: DEFAULT_OPTIONS })).results[0]!.findings;
    expect(r.map((f) => f.message)).toEqual([expect.stringMatching(/^setuid file not on the allow-list: \/usr\/local\/bin\/suid-id \(file, owner 0:0, mode 4755, layer \d+ /)]);
  });
});
