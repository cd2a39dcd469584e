// The local profile's release path with the real registry (Debian's docker-registry on 127.0.0.1) and
// cosign: a key pair made by ensureLocalKey, an image pushed and signed by digest as tools/gate.mjs does
// it, the shipped manifests pinned to that digest, and verify-signature (`flightcheck verify-manifests`,
// the code of the verify-signature target) passing on the pinned copy. Then each tampering fails it with
// the finding that names it: the image re-pushed under the same tag, a signature by another key, a
// manifest pinned to an unsigned digest.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCosign } from './lib/cosign.mjs';
import { registryBin, startRegistry } from './lib/registry.mjs';
import { repoRoot } from './lib/paths.mjs';

const cli = path.join(repoRoot, 'packages', 'cli', 'bin', 'flightcheck.js');
const cosign = await findCosign();
const registryInstalled = Boolean(await registryBin());
const cache = mkdtempSync(path.join(tmpdir(), 'release-local-'));
const work = mkdtempSync(path.join(tmpdir(), 'release-local-work-'));
const images = [];

function tinyImage(ref, content) {
  const dir = path.join(work, ref.replace(/\W/g, '_'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'marker'), content);
  execFileSync('sh', ['-c', 'tar -C "$1" -c . | docker import - "$2"', 'import', dir, ref], { stdio: 'ignore' });
  images.push(ref);
  return ref;
}

function verify(dir, pub) {
  const run = spawnSync(process.execPath, [cli, 'verify-manifests', dir, '--key', pub, '--repository', '127.0.0.1:*/**', '--cosign', cosign, '--format', 'json'], { encoding: 'utf8', cwd: repoRoot, maxBuffer: 64 << 20 });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new Error(`verify-manifests printed no report (exit ${run.status}): ${run.stderr}`);
  }
  const failing = report.results.flatMap((r) => r.findings.filter((f) => f.status === 'fail'));
  return { code: run.status, report, failing, errors: report.results.filter((r) => r.error).map((r) => r.error) };
}

function sign(ref, key, password) {
  const run = spawnSync(process.execPath, [cli, 'sign', '--image', ref, '--key', key, '--cosign', cosign], { encoding: 'utf8', cwd: repoRoot, env: { ...process.env, COSIGN_PASSWORD: password } });
  if (run.status !== 0) throw new Error(`sign ${ref} failed: ${run.stderr}`);
}

// in CI the set-up installs docker-registry and cosign: the test must run there, never skip
describe.skipIf((!cosign || !registryInstalled) && !process.env.CI)('local release: push, sign by digest, pin, verify; and tampering', () => {
  let registry;
  let lib;
  let key;
  let pinnedDir;
  let first;
  const saved = { FLIGHTCHECK_CACHE_DIR: process.env.FLIGHTCHECK_CACHE_DIR, COSIGN_BIN: process.env.COSIGN_BIN };

  beforeAll(async () => {
    // a key pair of this test's own, in a cache folder of its own; cosign stays the set-up's
    process.env.COSIGN_BIN = cosign;
    process.env.FLIGHTCHECK_CACHE_DIR = cache;
    lib = await import('./lib/local-release.mjs');
    registry = await startRegistry();
    key = await lib.ensureLocalKey();
    first = await lib.pushLocal({ image: tinyImage('release-test/app:a', 'a'), registry, name: 'airflow', tag: '3.1.8' });
    sign(`${first.repository}@${first.digest}`, key.key, readFileSync(key.passwordFile, 'utf8'));
    pinnedDir = path.join(work, 'pinned');
    const n = await lib.pinManifests({ manifestsDir: path.join(repoRoot, 'manifests', 'airflow'), outDir: pinnedDir, repositories: ['ghcr.io/example/airflow'], replacement: first.pinned });
    expect(n).toBeGreaterThan(0);
  }, 300_000);

  afterAll(async () => {
    await registry?.stop();
    spawnSync('docker', ['rmi', '-f', ...images], { stdio: 'ignore' });
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(cache, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('makes the key pair owner-only in the cache folder, once', async () => {
    expect(statSync(path.dirname(key.key)).mode & 0o777).toBe(0o700);
    expect(statSync(key.key).mode & 0o777).toBe(0o600);
    expect(statSync(key.passwordFile).mode & 0o777).toBe(0o600);
    expect(path.dirname(key.key).startsWith(repoRoot)).toBe(false);
    expect((await lib.ensureLocalKey()).reused).toBe(true);
  });

  it('pins a copy of the manifests and leaves the committed ones alone', () => {
    const copy = readFileSync(path.join(pinnedDir, 'scheduler.yaml'), 'utf8');
    expect(copy).toContain(`image: ${first.pinned}`);
    expect(copy).not.toContain('ghcr.io/example/airflow');
    expect(readFileSync(path.join(repoRoot, 'manifests', 'airflow', 'scheduler.yaml'), 'utf8')).toContain('ghcr.io/example/airflow:3.1.8@sha256:');
  });

  it('verify-signature passes on the pinned copy, signed with the local key', async () => {
    const r = verify(pinnedDir, key.pub);
    expect(r.errors).toEqual([]);
    expect(r.failing).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.report.results.some((x) => x.check === 'verify-signature' && x.findings.some((f) => f.status === 'pass'))).toBe(true);
    expect(await lib.hasSignature(registry, 'airflow', first.digest)).toBe(true);
  });

  it('fails when the image is re-pushed under the same tag (image-reference-conflict)', async () => {
    const other = await lib.pushLocal({ image: tinyImage('release-test/app:b', 'b'), registry, name: 'airflow', tag: '3.1.8' });
    expect(other.digest).not.toBe(first.digest);
    const r = verify(pinnedDir, key.pub);
    expect(r.code).toBe(1);
    expect([...new Set(r.failing.map((f) => f.ruleId))]).toEqual(['image-reference-conflict']);
    expect(r.failing[0].message).toContain(`points to ${other.digest} in the registry, not to the pinned ${first.digest}`);
  });

  it('fails on a signature by another key (signature-mismatch)', async () => {
    const otherKeyDir = path.join(work, 'other-key');
    mkdirSync(otherKeyDir);
    execFileSync(cosign, ['generate-key-pair'], { cwd: otherKeyDir, env: { ...process.env, COSIGN_PASSWORD: 'other' }, stdio: 'ignore' });
    const img = await lib.pushLocal({ image: tinyImage('release-test/app:c', 'c'), registry, name: 'airflow', tag: 'other-key' });
    sign(`${img.repository}@${img.digest}`, path.join(otherKeyDir, 'cosign.key'), 'other');
    const dir = path.join(work, 'pinned-other-key');
    await lib.pinManifests({ manifestsDir: path.join(repoRoot, 'manifests', 'airflow'), outDir: dir, repositories: ['ghcr.io/example/airflow'], replacement: img.pinned });
    const r = verify(dir, key.pub);
    expect(r.code).toBe(1);
    expect([...new Set(r.failing.map((f) => f.ruleId))]).toEqual(['signature-mismatch']);
    expect(r.failing[0].message).toContain(img.digest);
  });

  it('fails on a manifest pinned to an unsigned digest (signature-missing)', async () => {
    const img = await lib.pushLocal({ image: tinyImage('release-test/app:d', 'd'), registry, name: 'airflow', tag: 'unsigned' });
    const dir = path.join(work, 'pinned-unsigned');
    await lib.pinManifests({ manifestsDir: path.join(repoRoot, 'manifests', 'airflow'), outDir: dir, repositories: ['ghcr.io/example/airflow'], replacement: img.pinned });
    const r = verify(dir, key.pub);
    expect(r.code).toBe(1);
    expect([...new Set(r.failing.map((f) => f.ruleId))]).toEqual(['signature-missing']);
    expect(await lib.hasSignature(registry, 'airflow', img.digest)).toBe(false);
  });
});
