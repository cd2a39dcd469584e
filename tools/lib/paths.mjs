// Where the setup scripts keep things. Nothing here is inside the repository, so nothing needs
// to be git-ignored and every checkout or worktree on the machine shares one cache.
//   FLIGHTCHECK_CACHE_DIR  overrides the cache root (default: $XDG_CACHE_HOME/flightcheck or ~/.cache/flightcheck)
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the repository (two levels above tools/lib). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Cache root of flightcheck's tools: debootstrap tarballs, private apt state, binaries. */
export function cacheDir() {
  if (process.env.FLIGHTCHECK_CACHE_DIR) return path.resolve(process.env.FLIGHTCHECK_CACHE_DIR);
  const xdg = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(xdg, 'flightcheck');
}

/** Directory of the binaries the setup script unpacks (cosign). */
export function binDir() {
  return path.join(cacheDir(), 'bin');
}
