import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Finding, Notice } from '@flightcheck/core';
import type { Inventory, InventoryPackage } from '../inventory/types.js';
import { compareDebianVersions } from '../versions/dpkg.js';
import { changesSince } from './changelog.js';
import { sourceChangelog } from './changelog-store.js';
import type { IndexedPackage } from './deb822.js';
import type { FetchFn } from './fetch.js';
import { loadSuiteIndex, type IndexLimits, type SuiteIndex, type SuiteRef } from './suite-index.js';
import { updateSeverity } from './severity.js';

/** Where the archive is: the mirror of the release and -updates suites, and the one of -security. */
export interface ArchiveConfig {
  mirror: string;
  securityMirror: string;
}

const CODENAMES: Record<string, string> = { '10': 'buster', '11': 'bullseye', '12': 'bookworm', '13': 'trixie', '14': 'forky' };
/** Distinct source versions whose changelog one scan downloads at the most. */
export const MAX_CHANGELOGS = 300;

/**
 * The archive's location from options or the environment the setup exports (never a host name written
 * in the repository): `FLIGHTCHECK_DEBIAN_MIRROR` and `FLIGHTCHECK_DEBIAN_SECURITY_MIRROR`.
 */
export function archiveConfig(o: { debianMirror?: string; debianSecurityMirror?: string }, env: Record<string, string | undefined>): ArchiveConfig | undefined {
  const mirror = (o.debianMirror ?? env.FLIGHTCHECK_DEBIAN_MIRROR)?.replace(/\/+$/, '');
  const securityMirror = (o.debianSecurityMirror ?? env.FLIGHTCHECK_DEBIAN_SECURITY_MIRROR)?.replace(/\/+$/, '');
  if (!mirror || !securityMirror) return undefined;
  return { mirror, securityMirror };
}

export const ARCHIVE_HINT =
  'set FLIGHTCHECK_DEBIAN_MIRROR and FLIGHTCHECK_DEBIAN_SECURITY_MIRROR to the archive apt uses (tools/gate.sh does it from the apt sources)';

/** `<cache>/debian-archive`: $FLIGHTCHECK_CACHE_DIR, else $XDG_CACHE_HOME/flightcheck, else ~/.cache/flightcheck. */
export function archiveCacheDir(env: Record<string, string | undefined>): string {
  const root = env.FLIGHTCHECK_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'flightcheck');
  return join(root, 'debian-archive');
}

export interface ArchiveOutcome {
  findings: Finding[];
  notices: Notice[];
  error?: string;
  /** What the Debian packages were matched against. */
  suites: string[];
  packagesChecked: number;
}

function mainArch(pkgs: InventoryPackage[]): string | undefined {
  const counts = new Map<string, number>();
  for (const p of pkgs) if (p.arch && p.arch !== 'all') counts.set(p.arch, (counts.get(p.arch) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The `debian-archive` engine: every Debian package of the image against the newest version in its
 * release, `<release>-updates` and `<release>-security` of the archive apt reaches. A package older than
 * the security suite's version is a finding per CVE that the newer versions' changelog entries name
 * (one `debian-security-update` finding when they name none). Fails closed (error) when the release is
 * unknown or an index cannot be had; packages the archive does not know are an error too.
 */
export async function runDebianArchive(opts: { inventory: Inventory; config: ArchiveConfig; cacheDir: string; limits?: IndexLimits; fetch?: FetchFn; log?: (t: string) => void; keyring?: string }): Promise<ArchiveOutcome> {
  const { inventory, config } = opts;
  const debs = inventory.packages.filter((p) => p.ecosystem === 'Debian');
  const out: ArchiveOutcome = { findings: [], notices: [], suites: [], packagesChecked: 0 };
  if (!debs.length) return out;
  const os = inventory.os;
  const codename = os?.versionCodename ?? (os?.versionId ? CODENAMES[os.versionId.split('.')[0]!] : undefined);
  if (!os || os.id !== 'debian' || !codename) {
    out.error = `the image has ${debs.length} Debian packages but its release (${os ? `${os.id} ${os.versionId ?? '?'}` : 'no /etc/os-release'}) is not a Debian release the archive engine knows`;
    return out;
  }
  const arch = mainArch(debs);
  if (!arch) {
    out.error = 'no Debian package of the image names an architecture: the archive index to read is unknown';
    return out;
  }
  const refs: SuiteRef[] = [
    { suite: codename, uri: config.mirror, kind: 'release' },
    { suite: `${codename}-updates`, uri: config.mirror, kind: 'updates' },
    { suite: `${codename}-security`, uri: config.securityMirror, kind: 'security' },
  ];
  const indices: SuiteIndex[] = [];
  for (const ref of refs) {
    const idx = await loadSuiteIndex(ref, arch, opts.cacheDir, { ...(opts.limits ? { limits: opts.limits } : {}), ...(opts.fetch ? { fetch: opts.fetch } : {}), ...(opts.log ? { log: opts.log } : {}), ...(opts.keyring ? { keyring: opts.keyring } : {}) });
    indices.push(idx);
    out.suites.push(`${ref.suite} (${ref.uri}${idx.date ? `, ${idx.date}` : ''})`);
    if (!idx.signatureVerified) out.notices.push({ level: 'warning', message: `InRelease of ${ref.suite} not signature-checked: ${idx.signatureNote}; its indices were checked against its SHA256 sums only` });
  }
  const security = indices.find((i) => i.kind === 'security')!;
  const unknown: string[] = [];
  let behind = 0;
  const pending = new Map<string, { fixed: IndexedPackage; pkgs: InventoryPackage[] }>();
  for (const p of debs) {
    const known = indices.map((i) => i.packages.get(p.name)).filter((x): x is IndexedPackage => Boolean(x));
    if (!known.length) {
      unknown.push(`${p.name} ${p.version}`);
      continue;
    }
    out.packagesChecked++;
    const newest = known.reduce((a, b) => (compareDebianVersions(a.version, b.version) >= 0 ? a : b));
    const fix = security.packages.get(p.name);
    if (fix && compareDebianVersions(p.version, fix.version) < 0) {
      const key = `${fix.source.name}\0${fix.source.version}`;
      const group = pending.get(key) ?? { fixed: fix, pkgs: [] };
      group.pkgs.push(p);
      pending.set(key, group);
    } else if (compareDebianVersions(p.version, newest.version) < 0) behind++;
  }
  if (behind) out.notices.push({ level: 'info', message: `${behind} Debian packages are older than ${codename} or ${codename}-updates (no security update): \`apt-get upgrade\` would update them` });
  if (unknown.length) {
    out.error = `${unknown.length} Debian packages are in none of ${refs.map((r) => r.suite).join(', ')} (${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', …' : ''}): the archive cannot vouch for them`;
  }
  let fetched = 0;
  for (const { fixed, pkgs } of pending.values()) {
    const src = fixed.source;
    const candidates = [...security.packages.values()].filter((c) => c.source.name === src.name && c.source.version === src.version);
    let changes: { cves: string[]; urgency: string; versions: string[] } | undefined;
    if (fetched < MAX_CHANGELOGS) {
      const log = await sourceChangelog(src, candidates, security.uri, opts.cacheDir, opts.fetch ? { fetch: opts.fetch } : {});
      if (!log.fromCache) fetched++;
      const installedSource = pkgs[0]!.source?.version ?? pkgs[0]!.version;
      if (log.entries) changes = changesSince(log.entries, installedSource, src.version);
      else out.notices.push({ level: 'warning', message: `no changelog of ${src.name} ${src.version} could be read (${log.problems.join('; ')}): its update is reported without CVE ids` });
    } else if (fetched === MAX_CHANGELOGS) {
      fetched++;
      out.notices.push({ level: 'warning', message: `more than ${MAX_CHANGELOGS} source packages have security updates: the rest are reported without CVE ids` });
    }
    const cves = changes?.cves ?? [];
    const severity = updateSeverity(changes?.urgency ?? 'medium', cves.length);
    for (const p of pkgs) {
      const binFix = security.packages.get(p.name)!;
      for (const id of cves.length ? cves : ['debian-security-update']) {
        const via = p.source && p.source.name !== p.name ? ` (source ${p.source.name} ${p.source.version})` : '';
        out.findings.push({
          ruleId: id,
          severity,
          message: `${p.name} ${p.version}${via} is older than its security update ${binFix.version} in ${security.suite}${id.startsWith('CVE-') ? `, which fixes ${id}` : ' (its changelog names no CVE)'}`,
          location: { file: p.path },
          ...(id.startsWith('CVE-') ? { helpUri: `https://security-tracker.debian.org/tracker/${id}` } : {}),
          resolution: `Upgrade ${p.name} to ${binFix.version} (apt-get upgrade with ${security.suite} enabled), or rebuild the image on an upgraded base`,
          status: 'fail',
          properties: {
            package: p.name,
            installedVersion: p.version,
            fixedVersion: binFix.version,
            ecosystem: `Debian:${os.versionId?.split('.')[0] ?? codename}`,
            sourcePackage: src.name,
            sourceVersion: p.source?.version ?? p.version,
            fixedSourceVersion: src.version,
            suite: security.suite,
            urgency: changes?.urgency ?? 'unknown',
            cves,
            ...(changes ? { changelogVersions: changes.versions } : {}),
            purl: p.purl,
            ...(p.layer ? { layer: p.layer.digest, layerIndex: p.layer.index } : {}),
            severitySource: 'debian changelog urgency and CVE count',
          },
        });
      }
    }
  }
  return out;
}
