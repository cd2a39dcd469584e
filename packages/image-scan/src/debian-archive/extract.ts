import { existsSync } from 'node:fs';
import { findTool, runTool, ToolFailedError } from '@flightcheck/core';

const XZ = { name: 'xz', installHint: 'apt-get install xz-utils' };
const BASH = { name: 'bash', installHint: 'apt-get install bash' };
const DPKG_DEB = { name: 'dpkg-deb', installHint: 'apt-get install dpkg' };
const GPGV = { name: 'gpgv', installHint: 'apt-get install gpgv' };
export const DEBIAN_KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';
const NAME = /^[a-z0-9][a-z0-9+.-]*$/;

/** `xz -dc file` as text, at most `maxBytes` of output. */
export async function xzDecompress(file: string, maxBytes: number, timeoutMs = 120_000): Promise<string> {
  const run = await runTool(await findTool(XZ), ['-dc', '--', file], { maxOutputBytes: maxBytes, timeoutMs });
  if (run.code !== 0) throw new ToolFailedError('xz -dc', run.code, run.stderr);
  return run.stdout;
}

/**
 * The Debian changelog a binary package ships (`/usr/share/doc/<pkg>/changelog.Debian.gz` in its data
 * archive, `changelog.gz` for a native package), as text; undefined when the package has none of its own (its doc folder is a link to
 * another package's).
 */
export async function debChangelog(deb: string, pkg: string, maxBytes = 16 << 20): Promise<string | undefined> {
  if (!NAME.test(pkg)) throw new Error(`not a Debian package name: ${JSON.stringify(pkg)}`);
  await findTool(DPKG_DEB);
  // changelog.Debian.gz; a native package (apt, ca-certificates) has only changelog.gz
  const script = [
    'set -o pipefail',
    'for f in changelog.Debian.gz changelog.gz; do',
    '  if dpkg-deb --fsys-tarfile "$1" | tar -xO "./usr/share/doc/$2/$f" 2>/dev/null | gzip -dc; then exit 0; fi',
    'done',
    'exit 3',
  ].join('\n');
  const run = await runTool(await findTool(BASH), ['-c', script, 'debian-changelog', deb, pkg], { maxOutputBytes: maxBytes, timeoutMs: 120_000 });
  if (run.code !== 0) return undefined;
  return run.stdout;
}

/**
 * Verifies a clearsigned InRelease file with Debian's archive keyring. `verified: false` with a reason
 * when gpgv or the keyring is not on this machine; throws when the signature is bad.
 */
export async function verifyInRelease(file: string, keyring = DEBIAN_KEYRING): Promise<{ verified: boolean; reason?: string }> {
  if (!existsSync(keyring)) return { verified: false, reason: `no ${keyring} (apt-get install debian-archive-keyring)` };
  let gpgv;
  try {
    gpgv = await findTool(GPGV);
  } catch {
    return { verified: false, reason: 'gpgv is not installed (apt-get install gpgv)' };
  }
  const run = await runTool(gpgv, ['--keyring', keyring, '--', file], { maxOutputBytes: 1 << 20, timeoutMs: 60_000 });
  if (run.code !== 0) throw new Error(`the signature of ${file} does not verify with ${keyring}: ${run.stderr.trim().split('\n').slice(-2).join(' ')}`);
  return { verified: true };
}
