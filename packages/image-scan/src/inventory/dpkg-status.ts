import { parseDebianVersion } from '../versions/dpkg.js';
import type { InventoryProblem } from './types.js';

export interface DpkgPackage {
  name: string;
  version: string;
  arch?: string;
  source: { name: string; version: string };
  /** Line of the stanza's first field in the file. */
  line: number;
}

const MAX_STANZAS = 100_000;

/**
 * Parses dpkg's status database (`/var/lib/dpkg/status`, or one file of `status.d/`): the installed
 * packages with their source package (`Source: glibc` or `Source: glibc (2.36-9+deb12u4)`; absent
 * means the source has the binary's name and version). A broken stanza is skipped with a problem.
 */
export function parseDpkgStatus(text: string, file: string): { packages: DpkgPackage[]; problems: InventoryProblem[] } {
  const packages: DpkgPackage[] = [];
  const problems: InventoryProblem[] = [];
  const lines = text.split('\n');
  let fields = new Map<string, string>();
  let start = 0;
  let last: string | undefined;
  let stanzas = 0;
  const flush = () => {
    if (fields.size === 0) return;
    if (++stanzas > MAX_STANZAS) return;
    const name = fields.get('package');
    const version = fields.get('version');
    const status = fields.get('status');
    const fail = (message: string) => problems.push({ file, line: start, message });
    if (!name || !/^[a-z0-9][a-z0-9+.-]*$/.test(name)) fail(`stanza without a valid Package field${name ? ` (${JSON.stringify(name.slice(0, 60))})` : ''}; skipped`);
    else if (status && !/ installed$/.test(status)) {
      // not installed (config-files, half-installed…): not in the image's inventory
    } else if (!version) fail(`package ${name} has no Version field; skipped`);
    else if (!parseDebianVersion(version)) fail(`package ${name} has an invalid Version ${JSON.stringify(version.slice(0, 60))}; skipped`);
    else {
      let source = { name, version };
      const src = fields.get('source');
      if (src) {
        const m = /^([a-z0-9][a-z0-9+.-]*)(?:\s+\(([^)\s]+)\))?$/.exec(src);
        if (m && (!m[2] || parseDebianVersion(m[2]))) source = { name: m[1]!, version: m[2] ?? version };
        else fail(`package ${name} has an invalid Source field ${JSON.stringify(src.slice(0, 60))}; its binary name is used`);
      }
      const pkg: DpkgPackage = { name, version, source, line: start };
      const arch = fields.get('architecture');
      if (arch) pkg.arch = arch;
      packages.push(pkg);
    }
    fields = new Map();
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '') {
      flush();
      last = undefined;
      continue;
    }
    if (fields.size === 0) start = i + 1;
    if (line[0] === ' ' || line[0] === '\t') {
      if (last === undefined) problems.push({ file, line: i + 1, message: 'continuation line outside a field; ignored' });
      continue; // continuation of a multi-line field: not needed
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      problems.push({ file, line: i + 1, message: `not a "Field: value" line: ${JSON.stringify(line.slice(0, 60))}; ignored` });
      last = undefined;
      continue;
    }
    last = line.slice(0, colon).toLowerCase();
    fields.set(last, line.slice(colon + 1).trim());
  }
  flush();
  if (stanzas > MAX_STANZAS) problems.push({ file, message: `more than ${MAX_STANZAS} stanzas; the rest were not read` });
  return { packages, problems };
}
