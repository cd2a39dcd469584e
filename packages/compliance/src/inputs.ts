import { expandInputPaths, InputError, readTextInput, UsageError } from '@flightcheck/core';
import { MAX_FILE_BYTES } from './engine/parse.js';

export const STDIN = '-';
const MAX_FILES = 100_000;
const MAX_DEPTH = 64;

/** Expands paths: files as given, directories to every *.yaml / *.yml beneath (sorted, symlinked dirs not followed). */
export function expandPaths(paths: readonly string[], cwd: string): string[] {
  if (!paths.length) throw new UsageError('no files given: name manifest files, directories, or - for standard input');
  return expandInputPaths(paths, {
    cwd,
    match: (name) => /\.ya?ml$/i.test(name),
    stdin: true,
    followGivenLinks: false,
    maxFiles: MAX_FILES,
    maxDepth: MAX_DEPTH,
    messages: { tooMany: (max) => `more than ${max} YAML files` },
  });
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
