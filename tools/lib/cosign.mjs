// cosign from Debian's `cosign` package (a static Go binary), fetched with a private apt
// configuration for another suite (default trixie) and unpacked with `dpkg -x` into
// <cache>/bin/cosign. Neither /etc/apt nor the system's package lists are touched.
//   FLIGHTCHECK_COSIGN_SUITE  Debian suite to take cosign from (default trixie; sid has 3.x)
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { aptInstall, debianKeyring, debianMirror, privateApt } from './apt.mjs';
import { findCommand, run } from './exec.mjs';
import { done, since, step, SetupError } from './log.mjs';
import { binDir, cacheDir } from './paths.mjs';

const PART = 'cosign';

/** Where setup puts cosign. */
export function cosignPath() {
  return path.join(binDir(), 'cosign');
}

/**
 * The cosign binary to use: $COSIGN_BIN, else the one setup unpacked, else `cosign` on PATH,
 * else null. For the signing adapter and the tests.
 */
export async function findCosign() {
  if (process.env.COSIGN_BIN) return process.env.COSIGN_BIN;
  if (existsSync(cosignPath())) return cosignPath();
  return findCommand('cosign');
}

/**
 * The version of a cosign binary, or null when `cosign version` does not run. Debian builds
 * report "GitVersion: devel"; the package version setup recorded beside the binary is used then.
 */
export async function cosignVersion(bin = cosignPath()) {
  if (!existsSync(bin)) return null;
  const out = await run(bin, ['version'], { timeout: '20s', nothrow: true });
  if (out.exitCode !== 0) return null;
  const reported = /GitVersion:\s*(\S+)/.exec(`${out.stdout}${out.stderr}`)?.[1] ?? 'unknown';
  if (reported !== 'devel' && reported !== 'unknown') return reported;
  try {
    return `${(await fs.readFile(`${bin}.deb-version`, 'utf8')).trim()} (Debian)`;
  } catch {
    return reported;
  }
}

/** Makes sure <cache>/bin/cosign runs; returns { path, version, reused }. */
export async function ensureCosign({ force = false, suite = process.env.FLIGHTCHECK_COSIGN_SUITE || 'trixie' } = {}) {
  const start = Date.now();
  const target = cosignPath();
  const existing = force ? null : await cosignVersion(target);
  if (existing) {
    done(PART, `${target} ${existing} already there`);
    return { path: target, version: existing, reused: true };
  }
  const mirror = await debianMirror(suite);
  // A non-Debian machine (e.g. an Ubuntu CI runner) needs Debian's keyring for the private list.
  if (!debianKeyring(mirror.signedBy)) await aptInstall(PART, ['debian-archive-keyring']);
  const work = path.join(cacheDir(), `apt-${suite}`);
  const apt = await privateApt({ dir: work, mirror, suite });
  step(PART, `apt-get update (private list ${apt.sourceList}: ${mirror.uri} ${suite} main)`);
  await apt.update();
  const debs = path.join(work, 'debs');
  await fs.rm(debs, { recursive: true, force: true });
  step(PART, `apt-get download cosign (${suite})`);
  const deb = await apt.download('cosign', debs);
  const unpacked = path.join(work, 'unpacked');
  await fs.rm(unpacked, { recursive: true, force: true });
  step(PART, `dpkg -x ${path.basename(deb)}`);
  await run('dpkg', ['-x', deb, unpacked], { timeout: '120s' });
  const binary = path.join(unpacked, 'usr', 'bin', 'cosign');
  if (!existsSync(binary)) throw new SetupError(`${path.basename(deb)} has no usr/bin/cosign`);
  await fs.mkdir(binDir(), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  await fs.copyFile(binary, partial);
  await fs.chmod(partial, 0o755);
  await fs.rename(partial, target);
  const debVersion = /^cosign_([^_]+)_/.exec(path.basename(deb))?.[1] ?? 'unknown';
  await fs.writeFile(`${target}.deb-version`, `${debVersion.replace(/%3a/gi, ':')}\n`);
  await fs.rm(unpacked, { recursive: true, force: true });
  const version = await cosignVersion(target);
  if (!version) throw new SetupError(`${target} does not run (\`cosign version\` failed)`);
  done(PART, `${target} ${version} from ${path.basename(deb)} (${since(start)})`);
  return { path: target, version, reused: false };
}
