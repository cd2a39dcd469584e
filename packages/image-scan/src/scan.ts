import { hasTool, UsageError, type Finding, type Notice, type Result, type Severity } from '@flightcheck/core';
import { runBuiltin } from './builtin/engine.js';
import { findTrivy, runTrivy, TRIVY } from './trivy/adapter.js';
import { applyTrivyIgnore, loadTrivyIgnore } from './trivy/ignore.js';

export type Engine = 'auto' | 'builtin' | 'trivy';
export const ENGINES: readonly Engine[] = ['auto', 'builtin', 'trivy'];

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

/** Which engine runs: `auto` takes trivy when it can be found. */
export async function chooseEngine(o: Pick<ScanOptions, 'engine' | 'trivyPath' | 'env'>): Promise<'builtin' | 'trivy'> {
  const engine = o.engine ?? 'auto';
  if (engine !== 'auto') return engine;
  const path = o.trivyPath ?? o.env?.FLIGHTCHECK_TRIVY;
  return (await hasTool(path ? { ...TRIVY, path } : TRIVY)) ? 'trivy' : 'builtin';
}

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
  if ((o.engine ?? 'auto') === 'auto') notices.push({ level: 'info', message: engine === 'trivy' ? 'engine auto: trivy found, so trivy ran' : 'engine auto: trivy is not on PATH, so the built-in OSV scanner ran' });
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

export { findTrivy };
