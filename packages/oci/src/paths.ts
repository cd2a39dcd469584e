/** Paths inside an image: absolute, `/`-separated, no `.` or `..` components, no trailing slash. */

export const MAX_PATH_LENGTH = 4096;

export type NormalizedPath = { ok: true; path: string } | { ok: false; reason: string };

/**
 * Normalises a tar entry name to an absolute image path. Leading `./` and `/` are dropped (layer tars
 * use both); a `..` component is refused, since a layer entry must never name a place outside the root.
 */
export function normalizeEntryPath(name: string): NormalizedPath {
  if (name.length > MAX_PATH_LENGTH) return { ok: false, reason: `name longer than ${MAX_PATH_LENGTH} characters` };
  if (name.includes('\0')) return { ok: false, reason: 'name contains a NUL byte' };
  const parts: string[] = [];
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return { ok: false, reason: 'name escapes the root (`..`)' };
    parts.push(part);
  }
  return { ok: true, path: `/${parts.join('/')}` };
}

export function splitPath(path: string): string[] {
  return path.split('/').filter((p) => p !== '');
}

export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Joins a symlink target to the directory holding the link, resolving `.` and `..` (clamped at `/`). */
export function resolveLinkTarget(linkDir: string, target: string): string {
  const parts = target.startsWith('/') ? [] : splitPath(linkDir);
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** True when `path` is `dir` or below it. */
export function isWithin(path: string, dir: string): boolean {
  return dir === '/' || path === dir || path.startsWith(`${dir}/`);
}
