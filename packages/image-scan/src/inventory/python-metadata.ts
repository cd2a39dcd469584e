import type { InventoryProblem } from './types.js';

export interface PythonDistribution {
  name: string;
  version: string;
}

/**
 * Reads `Name` and `Version` from Python core metadata (a dist-info `METADATA` or egg-info `PKG-INFO`):
 * RFC 822 headers up to the first blank line. Undefined (with a problem) when either is missing.
 */
export function parsePythonMetadata(text: string, file: string): { dist?: PythonDistribution; problem?: InventoryProblem } {
  let name: string | undefined;
  let version: string | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && i < 10_000; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line === '') break;
    const m = /^(Name|Version):\s*(.*?)\s*$/i.exec(line);
    if (!m) continue;
    if (m[1]!.toLowerCase() === 'name' && name === undefined) name = m[2];
    if (m[1]!.toLowerCase() === 'version' && version === undefined) version = m[2];
  }
  if (!name || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/.test(name)) {
    return { problem: { file, message: `no valid Name in the Python package metadata${name ? ` (${JSON.stringify(name.slice(0, 60))})` : ''}; skipped` } };
  }
  if (!version || version.length > 200) return { problem: { file, message: `Python package ${name} has no Version in its metadata; skipped` } };
  return { dist: { name, version } };
}
