import { lstatSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError } from '@flightcheck/core';

export type FileKind = 'images' | 'manifests' | 'workspace';
/** What this check was generated for: images (Dockerfiles), manifests (Kubernetes YAML) or workspace (every text file). */
export const FILE_KIND: FileKind = 'workspace';
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '.nx', 'coverage']);
/** Bounds the walk of a hostile tree. */
export const MAX_FILES = 100_000;

export function matchesKind(file: string, kind: FileKind = FILE_KIND): boolean {
  const name = basename(file);
  if (kind === 'images') return /^(Dockerfile|Containerfile)(\..+)?$/.test(name) || name.endsWith('.dockerfile');
  if (kind === 'manifests') return /\.ya?ml$/.test(name);
  return true;
}

/** The files of this check's kind under `path` (a file is taken as it is); symlinks are not followed. */
export function collectFiles(path: string, kind: FileKind = FILE_KIND): string[] {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    throw new InputError(path, 'no such file or directory');
  }
  if (st.isFile()) return [path];
  if (!st.isDirectory()) throw new InputError(path, 'not a file or directory');
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(full);
      } else if (entry.isFile() && matchesKind(full, kind)) {
        if (out.length >= MAX_FILES) throw new InputError(path, `holds more than ${MAX_FILES} files; check a smaller folder`);
        out.push(full);
      }
    }
  };
  walk(path);
  return out;
}
