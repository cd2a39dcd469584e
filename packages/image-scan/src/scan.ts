import { hasTool, UsageError, type Coverage, type Finding, type Notice, type Result, type Severity } from '@flightcheck/core';
import { inventoryOf, runBuiltin } from './builtin/engine.js';
import { ARCHIVE_HINT, archiveCacheDir, archiveConfig, runDebianArchive } from './debian-archive/engine.js';
import { findTrivy, runTrivy, TRIVY } from './trivy/adapter.js';
import { applyTrivyIgnore, loadTrivyIgnore } from './trivy/ignore.js';

export type Engine = 'auto' | 'builtin' | 'trivy' | 'debian-archive';
export const ENGINES: readonly Engine[] = ['auto', 'builtin', 'trivy', 'debian-archive'];

export interface ScanOptions {
  image?: string;
  archive?: string;
  engine?: Engine;
  /** Workspace root: where `.trivyignore(.yaml)` is looked for. */
  root: string;
  /** An explicit ignore file (`.trivyignore` or `.trivyignore.yaml` syntax by its name). */
  ignoreFile?: string;
  /** Severities reported (default all). */
  severities?: Severity[];
  ignoreUnfixed?: boolean;
  osvDb?: string;
  /** debian-archive: mirror of the release and -updates suites (default $FLIGHTCHECK_DEBIAN_MIRROR). */
  debianMirror?: string;
  /** debian-archive: mirror of the -security suite (default $FLIGHTCHECK_DEBIAN_SECURITY_MIRROR). */
  debianSecurityMirror?: string;
  /** debian-archive: keyring that verifies InRelease (default Debian's archive keyring; programmatic only). */
  debianKeyring?: string;
  maxDbAgeDays?: number;
  allowStaleDb?: boolean;
  maxDbBytes?: number;
  trivyPath?: string;
  skipDbUpdate?: boolean;
  cacheDir?: string;
  timeoutMs?: number;
  env?: Record<string, string | undefined>;
  now?: Date;
  log?: (text: string) => void;
}

export const DEFAULT_MAX_DB_AGE_DAYS = 7;

function keep(f: Finding, o: ScanOptions): boolean {
  if (o.severities?.length && !o.severities.includes(f.severity)) return false;
  const p = f.properties as { installedVersion?: string; fixedVersion?: string } | undefined;
  if (o.ignoreUnfixed && p?.installedVersion !== undefined && !p.fixedVersion) return false;
  return true;
}

/**
 * Which engine runs: `auto` takes trivy when it can be found, else the built-in OSV scanner when an OSV
 * database is configured, else the Debian archive engine (which covers Debian packages only).
 */
export async function chooseEngine(o: Pick<ScanOptions, 'engine' | 'trivyPath' | 'env' | 'osvDb'>): Promise<Exclude<Engine, 'auto'>> {
  const engine = o.engine ?? 'auto';
  if (engine !== 'auto') return engine;
  const path = o.trivyPath ?? o.env?.FLIGHTCHECK_TRIVY;
  if (await hasTool(path ? { ...TRIVY, path } : TRIVY)) return 'trivy';
  return (o.osvDb ?? o.env?.FLIGHTCHECK_OSV_DB) ? 'builtin' : 'debian-archive';
}

const AUTO_NOTE: Record<Exclude<Engine, 'auto'>, string> = {
  trivy: 'engine auto: trivy found, so trivy ran',
  builtin: 'engine auto: trivy is not on PATH and an OSV database is configured, so the built-in OSV scanner ran',
  'debian-archive': 'engine auto: no trivy and no OSV database, so the Debian archive engine ran (Debian packages only)',
};

/**
 * Scans one image with the chosen engine and returns its Result. Anything that stops the scan (no
 * database, a stale one, trivy failing, an unreadable image) becomes `Result.error`: the gate fails closed.
 */
export async function scanImage(o: ScanOptions): Promise<Result> {
  if (!o.image === !o.archive) throw new UsageError('image-scan needs exactly one of --image and --archive');
  if (o.engine && !ENGINES.includes(o.engine)) throw new UsageError(`--engine must be one of ${ENGINES.join(', ')} (got ${o.engine})`);
  const target = o.image ?? o.archive!;
  const engine = await chooseEngine(o);
  const result: Result = { check: 'image-scan', target, engine, findings: [] };
  const notices: Notice[] = [];
  if ((o.engine ?? 'auto') === 'auto') notices.push({ level: 'info', message: AUTO_NOTE[engine] });
  try {
    const ignore = loadTrivyIgnore(o.root, o.ignoreFile);
    let findings: Finding[];
    if (engine === 'trivy') {
      const t = await runTrivy({
        ...(o.image ? { image: o.image } : { archive: o.archive! }),
        ...(o.severities ? { severities: o.severities } : {}),
        ...(o.ignoreUnfixed ? { ignoreUnfixed: true } : {}),
        ...(o.skipDbUpdate ? { skipDbUpdate: true } : {}),
        ...(o.cacheDir ? { cacheDir: o.cacheDir } : {}),
        ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}),
        ...(o.trivyPath ? { trivyPath: o.trivyPath } : {}),
        ...(o.env ? { env: o.env } : {}),
      });
      result.engineVersion = t.engineVersion;
      findings = t.findings;
      notices.push(...t.notices);
      result.coverage = [{ ecosystem: '*', packages: 0, source: `trivy ${t.engineVersion ?? ''} database`.replace('  ', ' '), covered: true }];
    } else if (engine === 'debian-archive') {
      const a = await runArchiveEngine(o);
      findings = a.findings;
      notices.push(...a.notices);
      result.coverage = a.coverage;
      if (a.error) result.error = a.error;
    } else {
      const b = await runBuiltin({
        ...(o.image ? { image: o.image } : { archive: o.archive! }),
        ...(o.osvDb ?? o.env?.FLIGHTCHECK_OSV_DB ? { osvDb: o.osvDb ?? o.env!.FLIGHTCHECK_OSV_DB! } : {}),
        maxDbAgeDays: o.maxDbAgeDays ?? DEFAULT_MAX_DB_AGE_DAYS,
        allowStaleDb: o.allowStaleDb ?? false,
        ...(o.maxDbBytes ? { limits: { maxBytes: o.maxDbBytes } } : {}),
        ...(o.now ? { now: o.now } : {}),
        ...(o.log ? { log: o.log } : {}),
      });
      findings = b.findings;
      notices.push(...b.notices);
      result.coverage = b.coverage;
      if (b.error) result.error = b.error;
    }
    const applied = applyTrivyIgnore(findings.filter((f) => keep(f, o)), ignore, o.now);
    result.findings = applied.findings;
    notices.push(...applied.notices);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    result.error = (e as Error).message;
  }
  if (notices.length) result.notices = notices;
  return result;
}

/**
 * The archive engine over the image's inventory. Packages of an ecosystem it does not cover (PyPI and
 * npm packages that dpkg did not install) make the result an error: it never vouches for them.
 */
async function runArchiveEngine(o: ScanOptions): Promise<{ findings: Finding[]; notices: Notice[]; coverage: Coverage[]; error?: string }> {
  const env = o.env ?? {};
  const config = archiveConfig(o, env);
  if (!config) return { findings: [], notices: [], coverage: [], error: `the debian-archive engine does not know which archive to read; ${ARCHIVE_HINT}` };
  const { inventory } = await inventoryOf(o.image ? { image: o.image } : { archive: o.archive! });
  const notices: Notice[] = inventory.problems.map((p) => ({ level: 'warning', message: `skipped part of ${p.file}: ${p.message}`, location: { file: p.file, ...(p.line ? { line: p.line } : {}) } }));
  const a = await runDebianArchive({ inventory, config, cacheDir: archiveCacheDir(env), ...(o.log ? { log: o.log } : {}), ...(o.debianKeyring ? { keyring: o.debianKeyring } : {}) });
  notices.push(...a.notices);
  const debian = inventory.packages.filter((p) => p.ecosystem === 'Debian').length;
  const viaDpkg = inventory.packages.filter((p) => p.ecosystem !== 'Debian' && p.managedBy === 'dpkg').length;
  const coverage: Coverage[] = [];
  if (debian) coverage.push({ ecosystem: 'Debian', packages: debian, source: `Debian archive: ${a.suites.join(', ')}`, covered: !a.error });
  if (viaDpkg) coverage.push({ ecosystem: 'PyPI (installed by dpkg)', packages: viaDpkg, source: 'their Debian packages', covered: true });
  const uncovered = new Map<string, string[]>();
  for (const p of inventory.packages) {
    if (p.ecosystem === 'Debian' || p.managedBy === 'dpkg') continue;
    uncovered.set(p.ecosystem, [...(uncovered.get(p.ecosystem) ?? []), `${p.name} ${p.version}`]);
  }
  for (const [eco, pkgs] of uncovered) coverage.push({ ecosystem: eco, packages: pkgs.length, source: 'none', covered: false });
  notices.push({ level: 'info', message: `coverage: ${coverage.map((c) => `${c.ecosystem} ${c.packages} packages: ${c.covered ? c.source : 'NOT COVERED'}`).join('; ') || 'no packages'}` });
  const errors = [a.error].filter(Boolean) as string[];
  for (const [eco, pkgs] of uncovered) {
    errors.push(`${pkgs.length} ${eco} packages (${pkgs.slice(0, 3).join(', ')}${pkgs.length > 3 ? ', …' : ''}) are not covered by any available vulnerability data: the Debian archive has only Debian packages; install trivy or configure an OSV database (FLIGHTCHECK_OSV_DB) with ${eco}`);
  }
  return { findings: a.findings, notices, coverage, ...(errors.length ? { error: errors.join('; ') } : {}) };
}

export { findTrivy };
