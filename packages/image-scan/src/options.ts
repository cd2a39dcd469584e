import { isSeverity, UsageError, type Severity } from '@flightcheck/core';
import { DEFAULT_MAX_DB_AGE_DAYS, ENGINES, type Engine, type ScanOptions } from './scan.js';

/** Options as the CLI, the executor and `flightcheck.yaml` (`checks.image-scan`) spell them. */
export interface RawScanOptions {
  image?: string;
  archive?: string;
  engine?: string;
  osvDb?: string;
  debianMirror?: string;
  debianSecurityMirror?: string;
  maxDbAge?: number;
  allowStaleDb?: boolean;
  maxDbBytes?: number;
  severity?: string | string[];
  ignoreUnfixed?: boolean;
  ignorefile?: string;
  skipDbUpdate?: boolean;
  cacheDir?: string;
  /** Seconds. */
  timeout?: number;
  trivyPath?: string;
}

function list(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(',')).map((s) => s.trim().toLowerCase()).filter(Boolean);
}

/** Validates and normalises raw options; UsageError naming the bad option. */
export function normalizeScanOptions(raw: RawScanOptions, root: string, env: Record<string, string | undefined>): ScanOptions {
  const engine = (raw.engine ?? 'auto') as Engine;
  if (!ENGINES.includes(engine)) throw new UsageError(`--engine must be one of ${ENGINES.join(', ')} (got ${raw.engine})`);
  const severities = list(raw.severity).map((s) => (s === 'unknown' ? 'info' : s));
  const bad = severities.find((s) => !isSeverity(s));
  if (bad) throw new UsageError(`--severity ${bad} is not one of critical, high, medium, low, info`);
  for (const [name, v] of [['--max-db-age', raw.maxDbAge], ['--timeout', raw.timeout], ['--max-db-bytes', raw.maxDbBytes]] as const) {
    if (v !== undefined && !(Number.isFinite(v) && v > 0)) throw new UsageError(`${name} must be a positive number (got ${String(v)})`);
  }
  const o: ScanOptions = { root, engine, env, maxDbAgeDays: raw.maxDbAge ?? DEFAULT_MAX_DB_AGE_DAYS };
  if (raw.image) o.image = raw.image;
  if (raw.archive) o.archive = raw.archive;
  const db = raw.osvDb ?? env.FLIGHTCHECK_OSV_DB;
  if (db) o.osvDb = db;
  for (const key of ['debianMirror', 'debianSecurityMirror'] as const) {
    const v = raw[key];
    if (v === undefined) continue;
    if (typeof v !== 'string' || !/^https?:\/\/\S+$/.test(v)) throw new UsageError(`${key} must be an http(s) URI (got ${JSON.stringify(v)})`);
    o[key] = v;
  }
  if (raw.allowStaleDb) o.allowStaleDb = true;
  if (raw.maxDbBytes) o.maxDbBytes = raw.maxDbBytes;
  if (severities.length) o.severities = severities as Severity[];
  if (raw.ignoreUnfixed) o.ignoreUnfixed = true;
  if (raw.ignorefile) o.ignoreFile = raw.ignorefile;
  if (raw.skipDbUpdate) o.skipDbUpdate = true;
  if (raw.cacheDir) o.cacheDir = raw.cacheDir;
  if (raw.timeout) o.timeoutMs = raw.timeout * 1000;
  if (raw.trivyPath) o.trivyPath = raw.trivyPath;
  return o;
}
