// What bounding and fuzzing need from Debian: util-linux's prlimit and setpriv (every tool runs under them),
// python3-packaging (the PEP 440 differential) and libdpkg-dev + gcc + pkg-config (the dpkg differential's
// helper, built against dpkg's own library; without it the differential runs dpkg once per pair).
import { aptInstall } from './apt.mjs';
import { findCommand, run } from './exec.mjs';
import { done, since } from './log.mjs';

const PART = 'fuzz';

async function hasPackaging() {
  try {
    await run('/usr/bin/python3', ['-c', 'import packaging.version'], { timeout: '20s' });
    return true;
  } catch {
    return false;
  }
}

async function hasLibdpkg() {
  try {
    await run('pkg-config', ['--exists', 'libdpkg'], { timeout: '20s' });
    return Boolean(await findCommand('gcc'));
  } catch {
    return false;
  }
}

/** Makes sure prlimit, setpriv, python3-packaging and libdpkg-dev are there; returns what was installed. */
export async function ensureHostileTools() {
  const start = Date.now();
  const wanted = [];
  if (!(await findCommand('prlimit')) || !(await findCommand('setpriv'))) wanted.push('util-linux');
  if (!(await hasPackaging())) wanted.push('python3-packaging');
  if (!(await hasLibdpkg())) wanted.push('libdpkg-dev', 'gcc', 'pkg-config');
  if (wanted.length) await aptInstall(PART, wanted);
  done(PART, `prlimit, setpriv, python3-packaging, libdpkg-dev ${wanted.length ? `installed (${wanted.join(' ')})` : 'already there'} (${since(start)})`);
  return { installed: wanted };
}
