import { basename } from 'node:path';
import { expandInputPaths } from '@flightcheck/core';

const MAX_FILES = 100_000;
const MAX_DEPTH = 64;

/** `Dockerfile`, `*.Dockerfile`, `Dockerfile.*` (hadolint's and Docker's naming conventions). */
export function isDockerfileName(name: string): boolean {
  return name === 'Dockerfile' || name.endsWith('.Dockerfile') || name.startsWith('Dockerfile.');
}

/**
 * Expands the paths given on the command line: files as given, directories to every Dockerfile beneath them
 * (skipping node_modules and .git). A missing path, or a directory without Dockerfiles, is an InputError.
 */
export function expandPaths(paths: string[], cwd: string): string[] {
  return expandInputPaths(paths, {
    cwd,
    match: isDockerfileName,
    stdin: true,
    output: 'as-given',
    maxFiles: MAX_FILES,
    maxDepth: MAX_DEPTH,
    messages: {
      emptyDir: 'directory contains no Dockerfile (Dockerfile, *.Dockerfile, Dockerfile.*)',
      tooMany: (max) => `holds more than ${max} Dockerfiles`,
    },
  });
}

export function displayName(file: string): string {
  return file === '-' ? '-' : file || basename(file);
}
