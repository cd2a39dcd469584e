import type { NormalizedOptions } from './options.js';
import type { ProjectInfo } from './targets/index.js';

/** The file whose presence at the workspace root makes the workspace project (init writes it). */
export const WORKSPACE_MARKER = 'flightcheck.yaml';
export const DEFAULT_WORKSPACE_PROJECT = 'workspace';

/**
 * Checks with `appliesTo: 'workspace'` (e.g. secrets) look at the whole repository. They hang on one
 * inferred project rooted at `.`, made from the root `flightcheck.yaml`, and only when such a check is
 * configured (so a workspace without one keeps exactly the projects it had).
 */
export function workspaceProjectFor(file: string, opts: NormalizedOptions, workspaceRoot: string): ProjectInfo | undefined {
  if (file !== WORKSPACE_MARKER) return undefined;
  if (!opts.checks.some((c) => c.appliesTo === 'workspace')) return undefined;
  return { name: opts.workspaceProjectName, root: '.', kind: 'workspace', workspaceRoot };
}
