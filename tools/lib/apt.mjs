// apt on this machine: which Debian mirror it uses, installing packages (apt-get update at most
// once per run), and a private apt configuration for one package from another suite that never
// touches /etc/apt or the system's lists.
//   FLIGHTCHECK_DEBIAN_MIRROR  use this mirror URI instead of the one found in the apt sources
//   FLIGHTCHECK_APT_ETC        read the apt sources below this directory instead of /etc/apt (tests)
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findMirror, listSuites, parseDeb822, parseOneLine } from './apt-sources.mjs';
import { run, runAsRoot, succeeds } from './exec.mjs';
import { step, SetupError } from './log.mjs';

const DEBIAN_SUITES = ['bookworm', 'trixie', 'forky', 'sid', 'unstable', 'testing', 'stable', 'bullseye'];
const DEBIAN_KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';

/** All apt source entries of the machine (deb822 and one-line files). */
export async function readAptEntries(etc = process.env.FLIGHTCHECK_APT_ETC || '/etc/apt') {
  const files = [path.join(etc, 'sources.list')];
  const partsDir = path.join(etc, 'sources.list.d');
  if (existsSync(partsDir)) {
    for (const name of (await fs.readdir(partsDir)).sort()) files.push(path.join(partsDir, name));
  }
  const entries = [];
  for (const file of files) {
    if (!existsSync(file)) continue;
    if (file.endsWith('.sources')) entries.push(...parseDeb822(await fs.readFile(file, 'utf8')));
    else if (file.endsWith('.list')) entries.push(...parseOneLine(await fs.readFile(file, 'utf8')));
  }
  return entries;
}

/**
 * The Debian archive mirror of this machine as { uri, signedBy, source }: the entry serving
 * `suite` if there is one, else the entry of any other Debian release (the archive is the same).
 */
export async function debianMirror(suite = 'bookworm') {
  if (process.env.FLIGHTCHECK_DEBIAN_MIRROR) {
    return { uri: process.env.FLIGHTCHECK_DEBIAN_MIRROR.replace(/\/+$/, ''), source: 'FLIGHTCHECK_DEBIAN_MIRROR' };
  }
  const entries = await readAptEntries();
  for (const candidate of [suite, ...DEBIAN_SUITES.filter((name) => name !== suite)]) {
    const mirror = findMirror(entries, candidate);
    if (mirror) return { ...mirror, source: `apt sources (suite ${candidate})` };
  }
  throw new SetupError(
    `no Debian archive found in the apt sources (suites seen: ${listSuites(entries).join(', ') || 'none'})`,
    { hint: 'on a non-Debian machine set FLIGHTCHECK_DEBIAN_MIRROR to a Debian mirror URI' },
  );
}

/**
 * The mirror of `<suite>-security` as { uri, signedBy, source }: FLIGHTCHECK_DEBIAN_SECURITY_MIRROR, else
 * the apt sources' entry serving `<suite>-security` (or any Debian `*-security` suite), else the main
 * mirror's sibling `<uri>-security` (Debian's own layout: …/debian and …/debian-security).
 */
export async function debianSecurityMirror(suite = 'bookworm') {
  if (process.env.FLIGHTCHECK_DEBIAN_SECURITY_MIRROR) {
    return { uri: process.env.FLIGHTCHECK_DEBIAN_SECURITY_MIRROR.replace(/\/+$/, ''), source: 'FLIGHTCHECK_DEBIAN_SECURITY_MIRROR' };
  }
  const entries = await readAptEntries();
  for (const candidate of [suite, ...DEBIAN_SUITES.filter((name) => name !== suite)]) {
    const mirror = findMirror(entries, `${candidate}-security`);
    if (mirror) return { ...mirror, source: `apt sources (suite ${candidate}-security)` };
  }
  const main = await debianMirror(suite);
  if (/\/debian$/.test(main.uri)) return { uri: `${main.uri}-security`, signedBy: main.signedBy, source: `beside ${main.source}` };
  throw new SetupError(`no ${suite}-security entry in the apt sources`, { hint: 'set FLIGHTCHECK_DEBIAN_SECURITY_MIRROR to the Debian security mirror URI' });
}

/** Path of a keyring that verifies Debian's archive, or null. */
export function debianKeyring(signedBy) {
  if (signedBy && signedBy.startsWith('/') && existsSync(signedBy)) return signedBy;
  return existsSync(DEBIAN_KEYRING) ? DEBIAN_KEYRING : null;
}

/** True when dpkg knows `pkg` as installed. */
export async function isInstalled(pkg) {
  const out = await run('dpkg-query', ['-W', '-f=${Status}', pkg], { timeout: '20s', nothrow: true });
  return out.exitCode === 0 && out.stdout.includes('install ok installed');
}

const needsRoot = (what) =>
  new SetupError(`installing ${what} needs root`, { hint: 'run the setup script as root or with password-less sudo' });

let updated = null;

/** `apt-get update` of the system lists, once per process. */
export async function aptUpdateOnce(part) {
  updated ??= (async () => {
    step(part, 'apt-get update');
    await runAsRoot('apt-get', ['update'], { timeout: '300s', needsRoot: needsRoot('apt lists') });
  })();
  return updated;
}

let aptQueue = Promise.resolve();

/**
 * Installs the missing ones of `pkgs` from the system's apt sources. Calls are serialised (dpkg takes one
 * installer at a time), so setup parts that run side by side can each call it.
 */
export function aptInstall(part, pkgs) {
  const result = aptQueue.then(() => aptInstallNow(part, pkgs));
  aptQueue = result.catch(() => {});
  return result;
}

async function aptInstallNow(part, pkgs) {
  if (!(await succeeds('dpkg-query', ['--version']))) {
    throw new SetupError(`cannot install ${pkgs.join(', ')}: this machine has no dpkg/apt`, {
      hint: `install ${pkgs.join(', ')} with the machine's package manager`,
    });
  }
  const installed = await Promise.all(pkgs.map((pkg) => isInstalled(pkg)));
  const missing = pkgs.filter((_, i) => !installed[i]);
  if (missing.length === 0) return [];
  await aptUpdateOnce(part);
  step(part, `apt-get install ${missing.join(' ')}`);
  await runAsRoot('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
    timeout: '900s',
    env: { DEBIAN_FRONTEND: 'noninteractive' },
    needsRoot: needsRoot(missing.join(', ')),
  });
  return missing;
}

/**
 * A private apt configuration for one suite of `mirror`, kept in `dir`: its own sources list,
 * state and cache, no system sources, parts or preferences. Returns { args, update(), download(pkg, dest) }.
 * Nothing under /etc/apt or /var/lib/apt is read for sources or written.
 */
export async function privateApt({ dir, mirror, suite, components = ['main'] }) {
  const keyring = debianKeyring(mirror.signedBy);
  if (!keyring) {
    throw new SetupError("no Debian archive keyring to verify the private apt list", {
      hint: 'install the debian-archive-keyring package',
    });
  }
  const state = path.join(dir, 'state');
  const cache = path.join(dir, 'cache');
  await fs.mkdir(path.join(state, 'lists', 'partial'), { recursive: true });
  await fs.mkdir(path.join(cache, 'archives', 'partial'), { recursive: true });
  const sourceList = path.join(dir, 'sources.list');
  await fs.writeFile(sourceList, `deb [signed-by=${keyring}] ${mirror.uri} ${suite} ${components.join(' ')}\n`);
  const isRoot = process.getuid?.() === 0;
  const args = [
    '-o', `Dir::State=${state}`,
    '-o', 'Dir::State::status=/var/lib/dpkg/status',
    '-o', `Dir::Cache=${cache}`,
    '-o', `Dir::Etc::SourceList=${sourceList}`,
    '-o', 'Dir::Etc::SourceParts=/dev/null',
    '-o', 'Dir::Etc::Preferences=/dev/null',
    '-o', 'Dir::Etc::PreferencesParts=/dev/null',
    '-o', 'Acquire::Languages=none',
    ...(isRoot ? ['-o', 'APT::Sandbox::User=root'] : []),
  ];
  return {
    args,
    sourceList,
    async update() {
      await run('apt-get', [...args, 'update'], { timeout: '300s' });
    },
    /** Downloads `pkg` into `dest` and returns the .deb path. */
    async download(pkg, dest) {
      await fs.mkdir(dest, { recursive: true });
      await run('apt-get', [...args, 'download', pkg], { cwd: dest, timeout: '300s' });
      const deb = (await fs.readdir(dest)).find((name) => name.startsWith(`${pkg}_`) && name.endsWith('.deb'));
      if (!deb) throw new SetupError(`apt-get download ${pkg} left no .deb in ${dest}`);
      return path.join(dest, deb);
    },
  };
}
