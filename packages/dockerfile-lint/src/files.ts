import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { expandInputPaths, InputError } from '@flightcheck/core';

const MAX_FILES = 100_000;
const MAX_DEPTH = 64;

/** The names a directory walk takes, as hadolint's users name their Dockerfiles (shown in notices and errors). */
export const DOCKERFILE_PATTERNS = 'Dockerfile, Dockerfile.*, Dockerfile-*, *.Dockerfile, *.dockerfile';

/**
 * `Dockerfile`, `Dockerfile.*`, `Dockerfile-*` (the name is case-sensitive, as Docker's default file name and
 * pre-commit's `dockerfile` type are), and `*.Dockerfile` / `*.dockerfile` (the extension in any case, as
 * editors and pre-commit match it). `*.dockerignore` (`Dockerfile.dockerignore` is Docker's per-Dockerfile
 * ignore file) is not a Dockerfile.
 */
export function isDockerfileName(name: string): boolean {
  if (/\.dockerignore$/i.test(name)) return false;
  if (name === 'Dockerfile') return true;
  if ((name.startsWith('Dockerfile.') || name.startsWith('Dockerfile-')) && name.length > 'Dockerfile.'.length) return true;
  const dot = name.lastIndexOf('.');
  return dot > 0 && name.slice(dot + 1).toLowerCase() === 'dockerfile';
}

export interface Expansion {
  files: string[];
  /** How many files the directory walks took, and from how many directories. */
  fromDirectories: { files: number; directories: string[] };
}

function expandOne(path: string, cwd: string): string[] {
  return expandInputPaths([path], {
    cwd,
    match: isDockerfileName,
    stdin: true,
    output: 'as-given',
    maxFiles: MAX_FILES,
    maxDepth: MAX_DEPTH,
    messages: {
      emptyDir: `directory contains no Dockerfile (${DOCKERFILE_PATTERNS})`,
      tooMany: (max) => `holds more than ${max} Dockerfiles`,
    },
  });
}

function isDirectory(path: string, cwd: string): boolean {
  if (path === '-') return false;
  try {
    return statSync(resolve(cwd, path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Expands the paths given on the command line: files as given, directories to every Dockerfile beneath them
 * (skipping node_modules and .git), and counts what the directory walks took. A missing path, or a directory
 * without Dockerfiles, is an InputError.
 */
export function expandDockerfilePaths(paths: string[], cwd: string): Expansion {
  const files: string[] = [];
  const directories: string[] = [];
  let walked = 0;
  for (const p of paths) {
    const got = expandOne(p, cwd);
    if (isDirectory(p, cwd)) {
      directories.push(p);
      walked += got.length;
    }
    files.push(...got);
    if (files.length > MAX_FILES) throw new InputError(p, `the paths given hold more than ${MAX_FILES} Dockerfiles`);
  }
  return { files, fromDirectories: { files: walked, directories } };
}

export function expandPaths(paths: string[], cwd: string): string[] {
  return expandDockerfilePaths(paths, cwd).files;
}

/** The notice line of a run that walked directories: how many Dockerfiles it took, by which names. */
export function discoveryNotice(e: Expansion): string | undefined {
  const { files, directories } = e.fromDirectories;
  if (!directories.length) return undefined;
  const where = directories.length === 1 ? `directory ${directories[0]}` : `${directories.length} directories`;
  return `took ${files} Dockerfile${files === 1 ? '' : 's'} from ${where} (names ${DOCKERFILE_PATTERNS}; node_modules and .git skipped)`;
}

export function displayName(file: string): string {
  return file === '-' ? '-' : file || basename(file);
}
