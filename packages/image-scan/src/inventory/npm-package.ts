import type { InventoryProblem } from './types.js';

export interface NpmPackage {
  name: string;
  version: string;
}

const NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

/** True for `…/node_modules/<name>/package.json` and `…/node_modules/@scope/<name>/package.json`. */
export function isNodeModulesManifest(path: string): boolean {
  return /\/node_modules\/(?:@[^/]+\/)?[^/@][^/]*\/package\.json$/.test(path);
}

/** Reads `name` and `version` from an installed package's package.json. */
export function parseNpmPackageJson(text: string, file: string): { pkg?: NpmPackage; problem?: InventoryProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { problem: { file, message: `not valid JSON (${(e as Error).message.slice(0, 80)}); skipped` } };
  }
  const d = data as { name?: unknown; version?: unknown } | null;
  if (!d || typeof d !== 'object' || typeof d.name !== 'string' || !NAME.test(d.name) || d.name.length > 214) {
    return { problem: { file, message: 'no valid "name" in package.json; skipped' } };
  }
  if (typeof d.version !== 'string' || !d.version || d.version.length > 256) return { problem: { file, message: `npm package ${d.name} has no "version"; skipped` } };
  return { pkg: { name: d.name, version: d.version } };
}
