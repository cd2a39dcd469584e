// The `local` profile's stand-ins for the release path: a registry on 127.0.0.1 that outlives the
// setup (Debian's docker-registry, storage in the cache folder), a cosign key pair made on this machine
// on first use (cache folder, owner-only, never in the repository, its password never printed), and
// the steps tools/gate.mjs runs with them: push the built image, sign it by digest, pin a copy of the
// manifests to that digest.
//
//   FLIGHTCHECK_REGISTRY_PORT  port of the local registry on 127.0.0.1 (default 5555)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { findCosign } from './cosign.mjs';
import { docker } from './docker.mjs';
import { run } from './exec.mjs';
import { done, since, step, SetupError } from './log.mjs';
import { cacheDir, repoRoot } from './paths.mjs';
import { portFree, registryBin, registryConfig } from './registry.mjs';

export const DEFAULT_REGISTRY_PORT = 5555;
/** Where the gate writes the local release: pinned manifests, the public key, release.json. */
export const LOCAL_RELEASE_DIR = path.join('dist', 'flightcheck', 'local-release');

export function registryDir() {
  return path.join(cacheDir(), 'registry');
}

export function signingDir() {
  return path.join(cacheDir(), 'signing');
}

async function answers(url) {
  try {
    const response = await fetch(`${url}/v2/`, { signal: AbortSignal.timeout(1500) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/**
 * The persistent local registry: reused when its state file names a port that answers /v2/, else
 * started detached (it keeps running after the setup, like dockerd) with storage in <cache>/registry.
 * Returns { host, url, port, storageDir, reused }.
 */
export async function ensureLocalRegistry({ port = Number(process.env.FLIGHTCHECK_REGISTRY_PORT || DEFAULT_REGISTRY_PORT) } = {}) {
  const start = Date.now();
  const dir = registryDir();
  const stateFile = path.join(dir, 'state.json');
  await fs.mkdir(path.join(dir, 'storage'), { recursive: true, mode: 0o700 });
  const url = `http://127.0.0.1:${port}`;
  let state = null;
  try {
    state = JSON.parse(await fs.readFile(stateFile, 'utf8'));
  } catch {
    state = null;
  }
  if (state?.port === port && (await answers(url))) {
    done('local-registry', `${url} already serving (storage ${path.join(dir, 'storage')})`);
    return { host: `127.0.0.1:${port}`, url, port, storageDir: path.join(dir, 'storage'), reused: true };
  }
  if (!(await portFree(port))) {
    throw new SetupError(`127.0.0.1:${port} is taken by something that is not flightcheck's registry`, { hint: 'set FLIGHTCHECK_REGISTRY_PORT to a free port' });
  }
  const bin = await registryBin();
  if (!bin) throw new SetupError('docker-registry is not installed', { hint: 'node tools/setup.mjs --only registry' });
  const configFile = path.join(dir, 'config.yml');
  await fs.writeFile(configFile, registryConfig({ host: '127.0.0.1', port, storageDir: path.join(dir, 'storage') }), { mode: 0o600 });
  const fd = openSync(path.join(dir, 'registry.log'), 'a');
  const child = spawn(bin, ['serve', configFile], { stdio: ['ignore', fd, fd], detached: true });
  closeSync(fd);
  child.unref();
  step('local-registry', `started ${bin} on ${url} (pid ${child.pid}, log ${path.join(dir, 'registry.log')})`);
  const deadline = Date.now() + 15_000;
  while (!(await answers(url))) {
    if (Date.now() > deadline || child.exitCode !== null) throw new SetupError(`the local registry did not answer ${url}/v2/ (see ${path.join(dir, 'registry.log')})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await fs.writeFile(stateFile, `${JSON.stringify({ port, pid: child.pid, startedAt: new Date().toISOString() })}\n`);
  done('local-registry', `${url} serving (${since(start)})`);
  return { host: `127.0.0.1:${port}`, url, port, storageDir: path.join(dir, 'storage'), reused: false };
}

/**
 * The local signing key pair in <cache>/signing (0700; key and password file 0600): made with `cosign
 * generate-key-pair` on first use, with a random password kept beside it. Returns { key, pub, passwordFile, reused }.
 */
export async function ensureLocalKey() {
  const dir = signingDir();
  const key = path.join(dir, 'cosign.key');
  const pub = path.join(dir, 'cosign.pub');
  const passwordFile = path.join(dir, 'password');
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  await fs.chmod(dir, 0o700);
  if (existsSync(key) && existsSync(pub) && existsSync(passwordFile)) {
    for (const file of [key, passwordFile]) await fs.chmod(file, 0o600);
    done('signing-key', `${pub} already there`);
    return { key, pub, passwordFile, reused: true };
  }
  const cosign = await findCosign();
  if (!cosign) throw new SetupError('cosign is not installed', { hint: 'node tools/setup.mjs --only cosign' });
  await fs.rm(key, { force: true });
  await fs.rm(pub, { force: true });
  const password = randomBytes(24).toString('base64url');
  await fs.writeFile(passwordFile, password, { mode: 0o600 });
  step('signing-key', `cosign generate-key-pair in ${dir} (password in ${passwordFile}, owner-only)`);
  await run(cosign, ['generate-key-pair'], { cwd: dir, env: { COSIGN_PASSWORD: password }, timeout: '60s' });
  await fs.chmod(key, 0o600);
  done('signing-key', `${pub} made`);
  return { key, pub, passwordFile, reused: false };
}

/** `repo@sha256:…` of `ref` in the registry, from the image's RepoDigests after a push. */
async function repoDigest(ref, repository) {
  const out = await docker(['image', 'inspect', '--format', '{{json .RepoDigests}}', ref], { timeout: '30s' });
  const digests = JSON.parse(out.stdout.trim() || '[]');
  return digests.find((d) => d.startsWith(`${repository}@sha256:`))?.split('@')[1];
}

const MANIFEST_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.index.v1+json',
].join(', ');

/** The digest `name:reference` has in the registry (HEAD of its manifest), or null. */
export async function manifestDigest(registry, name, reference) {
  try {
    const response = await fetch(`${registry.url}/v2/${name}/manifests/${reference}`, { method: 'HEAD', headers: { accept: MANIFEST_TYPES }, signal: AbortSignal.timeout(5000) });
    return response.ok ? response.headers.get('docker-content-digest') : null;
  } catch {
    return null;
  }
}

/** True when the registry holds a cosign signature (`sha256-<hex>.sig`) for `digest`, whoever made it. */
export async function hasSignature(registry, name, digest) {
  return Boolean(await manifestDigest(registry, name, `${digest.replace(':', '-')}.sig`));
}

/**
 * Tags the built image as `<registry>/<name>:<tag>`, pushes it, and returns its digest there. When the
 * tag already points to the digest this image was pushed as before (kept in <cache>/registry/pushed.json
 * by image id), nothing is pushed.
 */
export async function pushLocal({ image, registry, name, tag }) {
  const repository = `${registry.host}/${name}`;
  const ref = `${repository}:${tag}`;
  const stateFile = path.join(registryDir(), 'pushed.json');
  let state = {};
  try {
    state = JSON.parse(await fs.readFile(stateFile, 'utf8'));
  } catch {
    state = {};
  }
  const id = (await docker(['image', 'inspect', '--format', '{{.Id}}', image], { timeout: '30s' })).stdout.trim();
  const key = `${ref} ${id}`;
  const before = state[key];
  if (before && (await manifestDigest(registry, name, tag)) === before) return { repository, ref, digest: before, pinned: `${ref}@${before}`, reused: true };
  await docker(['tag', image, ref], { timeout: '30s' });
  await docker(['push', ref], { timeout: '600s' });
  const digest = await repoDigest(ref, repository);
  if (!digest) throw new SetupError(`pushed ${ref} but found no digest for it in ${repository}`);
  await fs.mkdir(path.dirname(stateFile), { recursive: true, mode: 0o700 });
  await fs.writeFile(stateFile, `${JSON.stringify({ ...state, [key]: digest }, null, 2)}\n`);
  return { repository, ref, digest, pinned: `${ref}@${digest}`, reused: false };
}

/**
 * Writes a copy of every YAML file of `manifestsDir` under `outDir`, each image of `repositories` (the
 * release references, e.g. ghcr.io/example/airflow) replaced by `replacement` (`repo:tag@sha256:…`).
 * Returns the number of references replaced. The committed manifests are left as they are.
 */
export async function pinManifests({ manifestsDir, outDir, repositories, replacement }) {
  await fs.rm(outDir, { recursive: true, force: true });
  let replaced = 0;
  const walk = async (from, to) => {
    await fs.mkdir(to, { recursive: true });
    for (const entry of await fs.readdir(from, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const src = path.join(from, entry.name);
      if (entry.isDirectory()) await walk(src, path.join(to, entry.name));
      else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) {
        let text = await fs.readFile(src, 'utf8');
        for (const repo of repositories) {
          const escaped = repo.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
          // image: <repo>[:tag][@sha256:…]  (quoted or not)
          const re = new RegExp(`(image:\\s*["']?)${escaped}(?::[\\w][\\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?(["']?\\s*$)`, 'gm');
          text = text.replace(re, (_m, pre, post) => {
            replaced += 1;
            return `${pre}${replacement}${post}`;
          });
        }
        await fs.writeFile(path.join(to, entry.name), text);
      }
    }
  };
  await walk(manifestsDir, outDir);
  return replaced;
}

export { repoRoot };
