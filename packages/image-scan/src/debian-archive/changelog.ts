import { compareDebianVersions, parseDebianVersion } from '../versions/dpkg.js';

/** One entry of a Debian changelog: `openssl (3.0.22-1~deb12u2) bookworm-security; urgency=high`. */
export interface ChangelogEntry {
  source: string;
  version: string;
  distributions: string[];
  urgency: string;
  /** CVE ids the entry's text names, in order, without duplicates. */
  cves: string[];
  line: number;
}

const HEADER = /^([a-z0-9][a-z0-9+.-]*) \(([^()\s]+)\) ([^;]*);(.*)$/;
const CVE = /\bCVE-\d{4}-\d{4,7}\b/g;
export const MAX_ENTRIES = 5000;

/** Parses a Debian changelog (debian/changelog, changelog.Debian): its entries, newest first as written. */
export function parseChangelog(text: string): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [];
  let current: ChangelogEntry | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const h = HEADER.exec(line);
    if (h && parseDebianVersion(h[2]!)) {
      if (entries.length >= MAX_ENTRIES) break;
      const urgency = /\burgency=([A-Za-z]+)/.exec(h[4]!)?.[1]?.toLowerCase() ?? 'low';
      current = { source: h[1]!, version: h[2]!, distributions: h[3]!.trim().split(/\s+/).filter(Boolean), urgency, cves: [], line: i + 1 };
      entries.push(current);
      continue;
    }
    if (!current || !/^\s/.test(line)) continue;
    for (const m of line.matchAll(CVE)) if (!current.cves.includes(m[0])) current.cves.push(m[0]);
  }
  return entries;
}

const URGENCY_RANK: Record<string, number> = { low: 0, medium: 1, high: 2, emergency: 3, critical: 3 };

/** What the entries after `installed` up to and including `fixed` say: CVE ids, highest urgency, versions. */
export function changesSince(entries: readonly ChangelogEntry[], installed: string, fixed: string): { cves: string[]; urgency: string; versions: string[] } {
  const cves: string[] = [];
  let urgency = 'low';
  const versions: string[] = [];
  for (const e of entries) {
    if (compareDebianVersions(e.version, installed) <= 0 || compareDebianVersions(e.version, fixed) > 0) continue;
    versions.push(e.version);
    for (const c of e.cves) if (!cves.includes(c)) cves.push(c);
    if ((URGENCY_RANK[e.urgency] ?? 0) > (URGENCY_RANK[urgency] ?? 0)) urgency = e.urgency;
  }
  return { cves, urgency, versions };
}
