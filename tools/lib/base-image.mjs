// The offline base image: Debian bookworm (minbase + python3, pip, venv, ca-certificates) built
// with debootstrap from the machine's own Debian mirror, then upgraded from bookworm-updates and
// bookworm-security (as a hardened image must be: image-scan's debian-archive engine fails an image
// with pending security updates), and imported into Docker. It stands in for the official
// python:3.11-slim-bookworm image, which cannot be pulled here.
//
// Two cache levels under <cache>/base-image (see paths.mjs):
//   debs-<key>.tgz    the .debs debootstrap downloaded (--make-tarball): a rebuild needs no network
//   rootfs-<key>.tar  the customised root file system: after `docker rmi` the image is re-imported
//                     from it in seconds
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { aptInstall, debianMirror, debianSecurityMirror } from './apt.mjs';
import { docker, imageId } from './docker.mjs';
import { run, runAsRoot } from './exec.mjs';
import { done, since, step, SetupError, withHeartbeat } from './log.mjs';
import { cacheDir, repoRoot } from './paths.mjs';

const PART = 'base-image';
export const BASE_IMAGE = 'flightcheck/python-base:bookworm';
export const BASE_IMAGE_ALIAS = 'flightcheck/python:3.11-slim-bookworm';
export const SUITE = 'bookworm';
export const INCLUDE = ['python3', 'python3-pip', 'python3-venv', 'ca-certificates'];
/** Suites the root file system is upgraded from after debootstrap (the image keeps them in its apt sources). */
export const UPGRADE_SUITES = [`${SUITE}-updates`, `${SUITE}-security`];
const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';
const RECIPE_LABEL = 'dev.flightcheck.base-recipe';

async function imageLabel(id, label) {
  const out = await docker(['image', 'inspect', '--format', `{{ index .Config.Labels "${label}" }}`, id], { timeout: '30s', nothrow: true });
  return out.exitCode === 0 ? out.stdout.trim().replace(/^<no value>$/, '') : '';
}
const CUSTOMIZE = path.join(repoRoot, 'tools', 'base-image', 'customize-rootfs.sh');
const PATH_ENV = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const needsRoot = new SetupError('debootstrap needs root', { hint: 'run the setup script as root or with sudo' });

function hash(value) {
  return createHash('sha256').update(value).digest('hex').slice(0, 12);
}

/** Cache file names for the current recipe (suite, packages, architecture, customisation script). */
export async function cachePaths() {
  const arch = (await run('dpkg', ['--print-architecture'], { timeout: '10s' })).stdout.trim();
  const debsKey = hash(JSON.stringify({ suite: SUITE, variant: 'minbase', include: INCLUDE, arch }));
  const script = await fs.readFile(CUSTOMIZE, 'utf8');
  const rootfsKey = hash(`${debsKey}\n${script}\nupgrade ${UPGRADE_SUITES.join(' ')}`);
  const dir = path.join(cacheDir(), 'base-image');
  return {
    dir,
    arch,
    debs: path.join(dir, `debs-${SUITE}-${arch}-${debsKey}.tgz`),
    key: rootfsKey,
    rootfs: path.join(dir, `rootfs-${SUITE}-${arch}-${rootfsKey}.tar`),
    meta: path.join(dir, `rootfs-${SUITE}-${arch}-${rootfsKey}.json`),
  };
}

function debootstrapArgs(arch) {
  return ['--variant=minbase', `--arch=${arch}`, `--include=${INCLUDE.join(',')}`, '--components=main'];
}

async function makeDebsTarball(paths, mirror) {
  const work = await fs.mkdtemp(path.join(paths.dir, 'debs-'));
  const partial = `${paths.debs}.partial-${process.pid}`;
  try {
    step(PART, `debootstrap --make-tarball from ${mirror.uri} (${mirror.source})`);
    await withHeartbeat(
      PART,
      'downloading packages (debootstrap --make-tarball)',
      () => runAsRoot('debootstrap', [...debootstrapArgs(paths.arch), `--make-tarball=${partial}`, SUITE, work, mirror.uri], { timeout: '900s', needsRoot }),
      { progress: async () => `${await countFiles(path.join(work, 'var', 'cache', 'apt', 'archives'), '.deb')} .debs downloaded` },
    );
    await fs.rename(partial, paths.debs);
  } finally {
    await runAsRoot('rm', ['-rf', work, partial], { timeout: '120s', needsRoot });
  }
}

async function countFiles(dir, suffix) {
  try {
    return (await fs.readdir(dir)).filter((name) => name.endsWith(suffix)).length;
  } catch {
    return 0;
  }
}

/**
 * Points the root file system's apt at the release, -updates and -security suites of this machine's
 * mirrors (deb822, signed by Debian's keyring inside the root fs) and runs `apt-get upgrade` in a
 * chroot. Returns the number of packages upgraded.
 */
async function upgradeRootfs(rootfs, mirror, security) {
  if (!existsSync(path.join(rootfs, KEYRING.slice(1)))) throw new SetupError(`the root file system has no ${KEYRING}: cannot verify the archive inside it`);
  const sources = [
    `Types: deb\nURIs: ${mirror.uri}\nSuites: ${SUITE} ${SUITE}-updates\nComponents: main\nSigned-By: ${KEYRING}\n`,
    `Types: deb\nURIs: ${security.uri}\nSuites: ${SUITE}-security\nComponents: main\nSigned-By: ${KEYRING}\n`,
  ].join('\n');
  const tmp = path.join(path.dirname(rootfs), `debian.sources-${process.pid}`);
  await fs.writeFile(tmp, sources);
  try {
    await runAsRoot('install', ['-D', '-m', '0644', tmp, path.join(rootfs, 'etc', 'apt', 'sources.list.d', 'debian.sources')], { timeout: '30s', needsRoot });
  } finally {
    await fs.rm(tmp, { force: true });
  }
  await runAsRoot('rm', ['-f', path.join(rootfs, 'etc', 'apt', 'sources.list')], { timeout: '30s', needsRoot });
  if (existsSync('/etc/resolv.conf')) await runAsRoot('cp', ['-L', '/etc/resolv.conf', path.join(rootfs, 'etc', 'resolv.conf')], { timeout: '30s', needsRoot });
  const env = { DEBIAN_FRONTEND: 'noninteractive', LC_ALL: 'C' };
  step(PART, `apt-get update in the root fs (${mirror.uri} ${SUITE} ${SUITE}-updates, ${security.uri} ${SUITE}-security)`);
  await withHeartbeat(PART, 'reading the package lists (apt-get update)', () => runAsRoot('chroot', [rootfs, 'apt-get', 'update'], { timeout: '600s', env, needsRoot }));
  const log = path.join(rootfs, 'var', 'log', 'dpkg.log');
  const upgradedSoFar = async () => {
    try {
      return (await fs.readFile(log, 'utf8')).split('\n').filter((line) => / status installed /.test(line)).length;
    } catch {
      return 0;
    }
  };
  const before = await upgradedSoFar();
  step(PART, `apt-get upgrade in the root fs (${UPGRADE_SUITES.join(', ')})`);
  await withHeartbeat(
    PART,
    'upgrading (apt-get upgrade)',
    () => runAsRoot('chroot', [rootfs, 'apt-get', '-y', '-o', 'Dpkg::Options::=--force-confold', 'upgrade'], { timeout: '900s', env, needsRoot }),
    { progress: async () => `${(await upgradedSoFar()) - before} packages installed so far` },
  );
  await runAsRoot('chroot', [rootfs, 'apt-get', 'clean'], { timeout: '60s', env, needsRoot });
  const upgraded = (await upgradedSoFar()) - before;
  done(PART, `root fs upgraded: ${upgraded} package installs from ${UPGRADE_SUITES.join(', ')}`);
  return upgraded;
}

function pythonVersionOf(status) {
  const block = status.split('\n\n').find((entry) => /^Package: python3\.\d+$/m.test(entry));
  const version = block && /^Version: (\S+)$/m.exec(block)?.[1];
  return version ? version.replace(/^\d+:/, '').split('-')[0] : 'unknown';
}

async function makeRootfsTarball(paths, mirror) {
  const rootfs = await fs.mkdtemp(path.join(paths.dir, 'rootfs-'));
  const partial = `${paths.rootfs}.partial-${process.pid}`;
  try {
    step(PART, `debootstrap --unpack-tarball into ${rootfs}`);
    await withHeartbeat(
      PART,
      'installing packages (debootstrap --unpack-tarball)',
      () => runAsRoot('debootstrap', [...debootstrapArgs(paths.arch), `--unpack-tarball=${paths.debs}`, SUITE, rootfs, mirror.uri], { timeout: '900s', needsRoot }),
      { progress: async () => `${await countFiles(path.join(rootfs, 'var', 'lib', 'dpkg', 'info'), '.list')} packages unpacked` },
    );
    const upgraded = await upgradeRootfs(rootfs, mirror, await debianSecurityMirror(SUITE));
    const status = await fs.readFile(path.join(rootfs, 'var', 'lib', 'dpkg', 'status'), 'utf8');
    const packages = status.split('\n').filter((line) => line.startsWith('Package: ')).length;
    step(PART, 'customising the root file system (tools/base-image/customize-rootfs.sh)');
    await runAsRoot('bash', [CUSTOMIZE, rootfs], { timeout: '120s', needsRoot });
    await runAsRoot('tar', ['--numeric-owner', '--exclude=./dev/*', '--exclude=./proc/*', '--exclude=./sys/*', '-C', rootfs, '-cf', partial, '.'], {
      timeout: '300s',
      needsRoot,
    });
    await fs.rename(partial, paths.rootfs);
    const meta = { suite: SUITE, arch: paths.arch, include: INCLUDE, packages, pythonVersion: pythonVersionOf(status), upgradedFrom: UPGRADE_SUITES, upgraded, builtAt: new Date().toISOString() };
    await fs.writeFile(paths.meta, `${JSON.stringify(meta, null, 2)}\n`);
  } finally {
    await runAsRoot('rm', ['-rf', rootfs, partial], { timeout: '120s', needsRoot });
  }
}

async function importRootfs(paths) {
  const meta = JSON.parse(await fs.readFile(paths.meta, 'utf8'));
  step(PART, `docker import ${path.basename(paths.rootfs)} as ${BASE_IMAGE}`);
  const changes = [
    `ENV PATH=${PATH_ENV}`,
    'ENV LANG=C.UTF-8',
    `ENV PYTHON_VERSION=${meta.pythonVersion}`,
    'LABEL org.opencontainers.image.title=flightcheck-python-base',
    `LABEL ${RECIPE_LABEL}=${paths.key}`,
    `LABEL org.opencontainers.image.description="Debian ${SUITE} minbase with python3 from debootstrap, upgraded from ${UPGRADE_SUITES.join(' and ')} (offline stand-in for python:3.11-slim-${SUITE})"`,
    'CMD ["python3"]',
  ].flatMap((change) => ['--change', change]);
  const out = await docker(['import', ...changes, '--message', `flightcheck base image (${meta.packages} packages)`, paths.rootfs, BASE_IMAGE], {
    timeout: '300s',
  });
  return out.stdout.trim();
}

/**
 * Makes sure BASE_IMAGE (and its alias BASE_IMAGE_ALIAS) exist. `force` rebuilds the root file
 * system from the cached .debs. Returns { image, alias, id, reused }.
 */
export async function ensureBaseImage({ force = false } = {}) {
  const start = Date.now();
  const previous = await imageId(BASE_IMAGE);
  const paths = await cachePaths();
  // an image of an older recipe (e.g. from before the upgrade step) is rebuilt
  const recipe = previous ? await imageLabel(previous, RECIPE_LABEL) : '';
  if (previous && recipe !== paths.key) step(PART, `${BASE_IMAGE} was built from another recipe (${recipe || 'none recorded'}, now ${paths.key}): rebuilding`);
  let id = force || recipe !== paths.key ? null : previous;
  const reused = Boolean(id);
  if (!id) {
    await fs.mkdir(paths.dir, { recursive: true });
    const haveRootfs = !force && existsSync(paths.rootfs) && existsSync(paths.meta);
    if (!haveRootfs) {
      await aptInstall(PART, ['debootstrap']);
      const mirror = await debianMirror(SUITE);
      if (!existsSync(paths.debs)) await makeDebsTarball(paths, mirror);
      else step(PART, `reusing cached .debs ${paths.debs}`);
      await makeRootfsTarball(paths, mirror);
    } else {
      step(PART, `reusing cached root file system ${paths.rootfs}`);
    }
    id = await importRootfs(paths);
  }
  if ((await imageId(BASE_IMAGE_ALIAS)) !== id) await docker(['tag', id, BASE_IMAGE_ALIAS], { timeout: '30s' });
  if (previous && previous !== id) {
    // The replaced image has no tag left; remove it unless something still uses it.
    await docker(['rmi', previous], { timeout: '60s', nothrow: true });
  }
  done(PART, `${BASE_IMAGE} (alias ${BASE_IMAGE_ALIAS}) = ${id}${reused ? ' already there' : ''} (${since(start)})`);
  return { image: BASE_IMAGE, alias: BASE_IMAGE_ALIAS, id, reused };
}
