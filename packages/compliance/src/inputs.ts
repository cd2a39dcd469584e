import { lstatSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError, readTextInput, UsageError } from '@flightcheck/core';
import { MAX_FILE_BYTES } from './engine/parse.js';

export const STDIN = '-';
const MAX_FILES = 100_000;

/** Expands paths: files as given, directories to every *.yaml / *.yml beneath (sorted, symlinked dirs not followed). */
export function expandPaths(paths: readonly string[], cwd: string): string[] {
  if (!paths.length) throw new UsageError('no files given: name manifest files, directories, or - for standard input');
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 64) throw new InputError(dir, 'directories nested too deep');
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== '.git') walk(p, depth + 1);
      } else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) out.push(p);
      if (out.length > MAX_FILES) throw new InputError(dir, `more than ${MAX_FILES} YAML files`);
    }
  };
  for (const p of paths) {
    if (p === STDIN) {
      out.push(STDIN);
      continue;
    }
    const abs = resolve(cwd, p);
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      throw new InputError(p, 'no such file or directory');
    }
    if (st.isDirectory()) walk(abs, 0);
    else out.push(abs);
  }
  return out;
}

/** Reads one input (a file, or standard input for `-`), bounded in size. */
export async function readInput(file: string, readStdin: (max: number) => Promise<string>): Promise<{ name: string; text: string }> {
  if (file === STDIN) {
    try {
      return { name: 'STDIN', text: await readStdin(MAX_FILE_BYTES) };
    } catch (e) {
      throw new InputError('STDIN', (e as Error).message);
    }
  }
  return { name: file, text: readTextInput(file, { maxBytes: MAX_FILE_BYTES, rejectBinary: true }) };
}
