import { expandManifestPaths, MAX_FILE_BYTES } from '@flightcheck/k8s';
import { UsageError } from '@flightcheck/core';

export const STDIN = '-';
export { MAX_FILE_BYTES };

/** Expands paths: files as given, directories to every *.yaml / *.yml beneath (sorted, symlinked dirs not followed). */
export function expandPaths(paths: readonly string[], cwd: string): string[] {
  if (!paths.length) throw new UsageError('no files given: name manifest files, directories, or - for standard input');
  return expandManifestPaths(paths, { cwd });
}
