#!/usr/bin/env node
// The security gate of this repository on the shipped Airflow image and manifests, in one profile:
//
//   node tools/gate.mjs [--profile local|release] [--no-setup]       (npm run gate -- --profile release)
//
//   local    (default) the whole release path on this machine: the image is built (airflow-user stage
//            on the local Debian base), scanned against the Debian archive apt reaches, pushed to the
//            registry the setup keeps on 127.0.0.1, signed by digest with a key pair made here, and a
//            copy of the manifests pinned to that digest is what verify-signature verifies.
//   release  what CI runs: the real image (official base pinned by digest, Airflow from PyPI), trivy
//            or an OSV database, the release registry and key. Fails closed where they cannot be had.
//
// The profile comes from --profile, else FLIGHTCHECK_PROFILE, else flightcheck.yaml `profile`, else
// local; it is never guessed from the network. Exit code 0 when the gate passed, 1 otherwise, 2 on a
// usage error. The last line says the verdict, the profile and what stood in for what.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { debianMirror, debianSecurityMirror } from './lib/apt.mjs';
import { run } from './lib/exec.mjs';
import { done, fail, since, step, warn, withHeartbeat } from './lib/log.mjs';
import { LOCAL_RELEASE_DIR, ensureLocalKey, ensureLocalRegistry, hasSignature, manifestDigest, pinManifests, pushLocal } from './lib/local-release.mjs';
import { cacheDir, repoRoot } from './lib/paths.mjs';

const PROFILES = ['local', 'release'];
const CLI = path.join(repoRoot, 'packages', 'cli', 'bin', 'flightcheck.js');
const USAGE = 'usage: node tools/gate.mjs [--profile local|release] [--no-setup]';
const steps = [];

async function timed(name, fn) {
  const start = Date.now();
  try {
    return await fn();
  } finally {
    steps.push(`${name} ${since(start)}`);
  }
}

function policyProfile() {
  try {
    return /^profile:\s*["']?([a-z]+)/m.exec(readFileSync(path.join(repoRoot, 'flightcheck.yaml'), 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

/** Release repositories of flightcheck.yaml `checks.signing.repositories` (plain list items). */
function releaseRepositories() {
  const text = readFileSync(path.join(repoRoot, 'flightcheck.yaml'), 'utf8');
  const block = /^ {2}signing:\n((?: {4,}.*\n|\s*\n)*)/m.exec(text)?.[1] ?? '';
  const list = /^ {4}repositories:\n((?: {6}- .*\n)+)/m.exec(block)?.[1] ?? '';
  return list.split('\n').map((l) => l.replace(/^\s*-\s*/, '').replace(/#.*$/, '').trim()).filter(Boolean);
}

/** A command with its output shown as it runs (Nx, the CLI), killed after an hour. Resolves with the exit code. */
function show(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
    const timer = setTimeout(() => child.kill('SIGTERM'), 3600_000);
    child.on('error', (error) => {
      console.error(`gate: ${cmd}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** The workspace's own Nx (its package's `bin`), run with this Node. */
function nxBin() {
  const pkgFile = createRequire(path.join(repoRoot, 'package.json')).resolve('nx/package.json');
  const bin = JSON.parse(readFileSync(pkgFile, 'utf8')).bin;
  return path.join(path.dirname(pkgFile), typeof bin === 'string' ? bin : bin.nx);
}

function nx(args, env) {
  return show(process.execPath, [nxBin(), ...args, '--outputStyle=static'], env);
}

/** Pushes, signs by digest and pins, for each release repository that an image project builds. */
async function localRelease(env) {
  const registry = await ensureLocalRegistry();
  const key = await ensureLocalKey();
  const out = path.join(repoRoot, LOCAL_RELEASE_DIR);
  await fs.mkdir(out, { recursive: true });
  await fs.copyFile(key.pub, path.join(out, 'cosign.pub'));
  const released = [];
  const problems = [];
  for (const repository of releaseRepositories()) {
    const name = repository.split('/').pop();
    const project = `${name}-image`;
    const record = path.join(repoRoot, 'dist', 'flightcheck', project, 'image.json');
    if (!existsSync(record)) {
      problems.push(`${repository}: no ${path.relative(repoRoot, record)} (the image did not build)`);
      continue;
    }
    const image = JSON.parse(readFileSync(record, 'utf8'));
    const tag = manifestTag(repository) ?? 'local';
    step('release', `push ${image.reference} as ${registry.host}/${name}:${tag}`);
    const pushed = await withHeartbeat('release', `pushing to ${registry.host}`, () => pushLocal({ image: image.imageId ?? image.reference, registry, name, tag }));
    if (pushed.reused) done('release', `${pushed.ref} already points to ${pushed.digest} (this build), not pushed again`);
    const signEnv = { ...env, COSIGN_PASSWORD: readFileSync(key.passwordFile, 'utf8') };
    // signed once per digest; a signature there that is not the local key's is verify-signature's finding
    if (await hasSignature(registry, name, pushed.digest)) done('release', `${pushed.repository}@${pushed.digest} has a signature already (verify-signature checks it is the local key's)`);
    else {
      step('release', `sign ${pushed.repository}@${pushed.digest} with ${key.key} (after image-scan and permissions passed)`);
      const signed = await run(process.execPath, [CLI, 'sign', '--image', `${pushed.repository}@${pushed.digest}`, '--key', key.key, '--require-reports', path.dirname(record), '--record', path.join(path.dirname(record), 'signature.json')], { env: signEnv, cwd: repoRoot, nothrow: true, timeout: '300s' });
      if (signed.exitCode !== 0) {
        problems.push(`${pushed.repository}@${pushed.digest} not signed: ${(signed.stderr || signed.stdout).trim().split('\n').slice(-3).join(' ')}`);
        warn('release', `not signed (verify-signature will fail on it): ${problems.at(-1)}`);
      } else done('release', `signed ${pushed.repository}@${pushed.digest}`);
    }
    let pinned = 0;
    for (const dir of await fs.readdir(path.join(repoRoot, 'manifests'), { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      pinned += await pinManifests({ manifestsDir: path.join(repoRoot, 'manifests', dir.name), outDir: path.join(out, 'manifests', dir.name), repositories: [repository], replacement: pushed.pinned });
    }
    done('release', `${pinned} image references of ${repository} pinned to ${pushed.pinned} in ${LOCAL_RELEASE_DIR}/manifests`);
    released.push({ repository, project, image: image.reference, imageId: image.imageId, pushed: pushed.pinned, digest: pushed.digest, name, tag, publicKey: key.pub, references: pinned });
  }
  await fs.writeFile(path.join(out, 'release.json'), `${JSON.stringify({ profile: 'local', registry: registry.url, released, problems }, null, 2)}\n`);
  return { registry, key, released, problems };
}

/**
 * True when every image the last local release pinned is the one this run built (image.json's id) and
 * the registry still has it under its tag, with a signature: then the pinned copy is this run's.
 */
async function releaseHolds(registry) {
  try {
    const { released, problems } = JSON.parse(readFileSync(path.join(repoRoot, LOCAL_RELEASE_DIR, 'release.json'), 'utf8'));
    if (problems?.length || !released?.length) return false;
    for (const r of released) {
      const image = JSON.parse(readFileSync(path.join(repoRoot, 'dist', 'flightcheck', r.project, 'image.json'), 'utf8'));
      if (!r.imageId || image.imageId !== r.imageId) return false;
      if ((await manifestDigest(registry, r.name, r.tag)) !== r.digest) return false;
      if (!(await hasSignature(registry, r.name, r.digest))) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** The tag the committed manifests give `repository` (`ghcr.io/example/airflow:3.1.8@…` → 3.1.8). */
function manifestTag(repository) {
  const escaped = repository.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  for (const dir of ['manifests']) {
    const stack = [path.join(repoRoot, dir)];
    while (stack.length) {
      const d = stack.pop();
      for (const e of existsSync(d) ? readdirSafe(d) : []) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) stack.push(p);
        else if (/\.ya?ml$/.test(e.name)) {
          const m = new RegExp(`image:\\s*["']?${escaped}:([\\w][\\w.-]{0,127})`).exec(readFileSync(p, 'utf8'));
          if (m) return m[1];
        }
      }
    }
  }
  return undefined;
}

function readdirSafe(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

async function main() {
  let argv;
  try {
    const parsed = parseArgs({ args: process.argv.slice(2), allowPositionals: true, allowNegative: true, options: { profile: { type: 'string' }, setup: { type: 'boolean', default: true }, help: { type: 'boolean', short: 'h' } } });
    argv = { ...parsed.values, _: parsed.positionals };
  } catch (error) {
    console.error(`gate: ${error.message}\n${USAGE}`);
    return 2;
  }
  if (argv.help) return console.log(USAGE), 0;
  if (argv._.length) {
    console.error(`gate: unknown argument ${argv._.join(' ')}\n${USAGE}`);
    return 2;
  }
  const profile = argv.profile ?? (process.env.FLIGHTCHECK_PROFILE || undefined) ?? policyProfile() ?? 'local';
  const source = argv.profile ? '--profile' : process.env.FLIGHTCHECK_PROFILE ? 'FLIGHTCHECK_PROFILE' : policyProfile() ? 'flightcheck.yaml' : "the gate's default";
  if (!PROFILES.includes(profile)) {
    console.error(`gate: unknown profile ${JSON.stringify(profile)} (from ${source}; one of ${PROFILES.join(', ')})\n${USAGE}`);
    return 2;
  }
  const start = Date.now();
  step('gate', `profile ${profile} (from ${source})`);
  const env = { NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false', FLIGHTCHECK_PROFILE: profile };
  if (argv.setup) {
    if ((await timed('build', () => show('npm', ['run', '--silent', 'build'], env))) !== 0) return 1;
    if ((await timed('setup', () => show(process.execPath, [path.join(repoRoot, 'tools', 'setup.mjs')], env))) !== 0) return 1;
  }
  // this run's reports only (cached tasks restore theirs); nothing stale from an earlier run gets merged.
  // The local release of the last run (pinned manifests, release.json) is kept: see below.
  const releaseDir = path.join(repoRoot, LOCAL_RELEASE_DIR);
  const kept = path.join(repoRoot, 'dist', `local-release-kept-${process.pid}`);
  const keep = existsSync(path.join(releaseDir, 'release.json'));
  const previous = profile === 'local' && keep;
  if (keep) await fs.rename(releaseDir, kept);
  await fs.rm(path.join(repoRoot, 'dist', 'flightcheck'), { recursive: true, force: true });
  if (keep) {
    await fs.mkdir(path.dirname(releaseDir), { recursive: true });
    await fs.rename(kept, releaseDir);
  }
  let status = 0;
  let standIns = [];
  if (profile === 'local') {
    const mirror = await debianMirror('bookworm');
    const security = await debianSecurityMirror('bookworm');
    env.FLIGHTCHECK_DEBIAN_MIRROR = mirror.uri;
    env.FLIGHTCHECK_DEBIAN_SECURITY_MIRROR = security.uri;
    step('gate', `vulnerability data: the Debian archive apt reaches (${mirror.uri} from ${mirror.source}; ${security.uri} from ${security.source})`);
    const registry = await ensureLocalRegistry();
    const key = await ensureLocalKey();
    standIns = [
      'base image: flightcheck/python-base:bookworm (debootstrapped, -security and -updates, upgraded)',
      'image: the airflow-user stage',
      `registry: ${registry.host} (docker-registry)`,
      `key: ${key.pub}`,
      `manifests: ${LOCAL_RELEASE_DIR}/manifests (pinned to the local digest)`,
      'vulnerability data: the Debian archive (debian-archive engine)',
    ];
    // One Nx run when the last run's release still holds: every security target, verify-signature on the
    // copy pinned last time, which counts only if this run built the same image, still pushed and signed
    // there. Otherwise (first run, a changed image): build and scan, push, sign and pin, then every target.
    let done = false;
    if (previous) {
      const first = await timed('security', () => nx(['run-many', '-t', 'security', '-c', 'local'], env));
      if (await releaseHolds(registry)) {
        step('gate', `the image is the one pinned and signed last run (${LOCAL_RELEASE_DIR}/release.json): verify-signature verified it`);
        if (first !== 0) status = 1;
        done = true;
      } else step('gate', 'the image changed since the last local release: push, sign and pin it, then verify again');
    }
    if (!done) {
      if (!previous && (await timed('build+scan', () => nx(['run-many', '-t', 'image-scan,permissions', '-c', 'local'], env))) !== 0) status = 1;
      const release = await timed('push+sign+pin', () => localRelease(env));
      if (release.problems.length) status = 1;
      if ((await timed('security', () => nx(['run-many', '-t', 'security', '-c', 'local'], env))) !== 0) status = 1;
    }
  } else {
    await timed('vulnerability data', () => releaseVulnerabilityData(env));
    if ((await timed('security', () => nx(['run-many', '-t', 'security', '-c', profile], env))) !== 0) status = 1;
  }
  await timed('report', async () => {
    await fs.mkdir(path.join(repoRoot, 'dist'), { recursive: true });
    // the CLI in this process: one start for the three formats
    const { main: cli } = await import(pathToFileURL(path.join(repoRoot, 'packages', 'cli', 'dist', 'index.js')).href);
    const quiet = { stdout: () => {}, stderr: (t) => process.stderr.write(t), env: { ...process.env, ...env }, cwd: repoRoot, isTTY: false };
    await cli(['report', '--format', 'markdown', '--output', 'dist/flightcheck-report.md'], { io: quiet }).catch(() => 2);
    await cli(['report', '--format', 'sarif', '--output', 'dist/flightcheck.sarif'], { io: { ...quiet, stderr: () => {} } }).catch(() => 2);
    console.log('\n================ flightcheck: merged report of this run ================');
    await cli(['report', '--format', 'text'], { io: { ...quiet, stdout: (t) => process.stdout.write(t), stderr: () => {} } }).catch(() => 2);
  });
  console.log(`gate: steps: ${steps.join(', ')}; total ${since(start)}`);
  const what = standIns.length ? `stand-ins: ${standIns.join('; ')}` : 'no stand-ins (the real registry, key and vulnerability data)';
  console.log(`gate: ${status === 0 ? 'PASSED' : 'FAILED (see the findings and the checks that could not run above)'} — profile ${profile}; ${what}`);
  return status;
}

/** release: trivy, else FLIGHTCHECK_OSV_DB, else an OSV database fetched into the cache (fails closed without). */
async function releaseVulnerabilityData(env) {
  if (process.env.FLIGHTCHECK_OSV_DB || (await run('sh', ['-c', 'command -v trivy'], { nothrow: true })).exitCode === 0) return;
  const db = path.join(cacheDir(), 'osv');
  step('gate', `no trivy and no FLIGHTCHECK_OSV_DB: fetching an OSV database into ${db}`);
  const code = await show(process.execPath, [CLI, 'osv-db', 'fetch', '--ecosystem', 'Debian:12', '--ecosystem', 'PyPI', '--out', db], env);
  if (code === 0 || existsSync(path.join(db, 'flightcheck-osv-db.json'))) env.FLIGHTCHECK_OSV_DB = db;
  else warn('gate', 'no vulnerability database could be had: image-scan will fail closed');
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    fail('gate', error);
    process.exit(1);
  });
