import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { InputError } from '@flightcheck/core';

const SKIP = new Set(['node_modules', '.git']);
const MAX_FILES = 100_000;

/** `Dockerfile`, `*.Dockerfile`, `Dockerfile.*` (hadolint's and Docker's naming conventions). */
export function isDockerfileName(name: string): boolean {
  return name === 'Dockerfile' || name.endsWith('.Dockerfile') || name.startsWith('Dockerfile.');
}

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new InputError(dir, `cannot read directory (${(e as NodeJS.ErrnoException).code})`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.isDirectory()) {
      if (!SKIP.has(e.name)) walk(join(dir, e.name), out);
    } else if (e.isFile() && isDockerfileName(e.name)) {
      out.push(join(dir, e.name));
      if (out.length > MAX_FILES) throw new InputError(dir, `holds more than ${MAX_FILES} Dockerfiles`);
    }
  }
}

/**
 * Expands the paths given on the command line: files as given, directories to every Dockerfile beneath them
 * (skipping node_modules and .git). A missing path, or a directory without Dockerfiles, is an InputError.
 */
export function expandPaths(paths: string[], cwd: string): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push(p);
      continue;
    }
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new InputError(p, 'no such file or directory');
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(abs, found);
      if (!found.length) throw new InputError(p, 'directory contains no Dockerfile (Dockerfile, *.Dockerfile, Dockerfile.*)');
      out.push(...found.map((f) => (p.startsWith('/') ? f : join(p, f.slice(abs.length + 1)))));
    } else out.push(p);
  }
  return out;
}

export function displayName(file: string): string {
  return file === '-' ? '-' : file || basename(file);
}
