import type { OsInfo } from './types.js';

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t.endsWith(t[0])) return t.slice(1, -1).replace(/\\(["'$`\\])/g, '$1');
  return t;
}

/** Parses os-release(5): `KEY=value` lines, shell-style quoting, `#` comments. Undefined without an ID. */
export function parseOsRelease(text: string): OsInfo | undefined {
  const kv = new Map<string, string>();
  for (const line of text.split('\n').slice(0, 500)) {
    const m = /^\s*([A-Z0-9_]+)=(.*)$/.exec(line);
    if (m) kv.set(m[1]!, unquote(m[2]!).slice(0, 200));
  }
  const id = kv.get('ID');
  if (!id) return undefined;
  const os: OsInfo = { id: id.toLowerCase() };
  const versionId = kv.get('VERSION_ID');
  if (versionId) os.versionId = versionId;
  const codename = kv.get('VERSION_CODENAME');
  if (codename) os.versionCodename = codename;
  const pretty = kv.get('PRETTY_NAME');
  if (pretty) os.prettyName = pretty;
  return os;
}

/** OSV's Debian ecosystem for an OS (`Debian:12`), or undefined for another distribution. */
export function debianEcosystem(os: OsInfo | undefined): string | undefined {
  if (!os || os.id !== 'debian') return undefined;
  const major = os.versionId?.split('.')[0];
  return major && /^\d+$/.test(major) ? `Debian:${major}` : undefined;
}
