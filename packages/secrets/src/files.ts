import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { InputError } from '@flightcheck/core';
import { gitFiles } from './adapters/git.js';

/** Folders never scanned: dependencies, VCS data, build output, caches. */
export const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '.nx', 'coverage', '.vitest-cache', '.venv', '__pycache__']);
/** Bounds the walk of a hostile tree. */
export const MAX_FILES = 200_000;

export interface CollectOptions {
  /** Respect .gitignore through `git ls-files` when the path is in a git work tree (default true). */
  gitignore?: boolean;
}

function skipped(file: string, base: string): boolean {
  const rest = file.slice(base.length).split(sep);
  return rest.some((part) => SKIP_DIRS.has(part));
}

/** The files to scan under `path` (a file is taken as it is); symlinks are not followed. */
export async function collectFiles(path: string, opts: CollectOptions = {}): Promise<string[]> {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    throw new InputError(path, 'no such file or directory');
  }
  if (st.isFile()) return [path];
  if (!st.isDirectory()) throw new InputError(path, 'not a file or directory');
  if (opts.gitignore !== false) {
    const listed = await gitFiles(path);
    if (listed) {
      const base = realpathSync(path);
      const real = path === base ? listed : listed.map((f) => join(path, f.slice(base.length)));
      return real.filter((f) => !skipped(f, path) && lstatSync(f).isFile()).sort();
    }
  }
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(full);
      } else if (entry.isFile()) {
        if (out.length >= MAX_FILES) throw new InputError(path, `holds more than ${MAX_FILES} files; scan a smaller folder`);
        out.push(full);
      }
    }
  };
  walk(path);
  return out.sort();
}
