import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import picomatch from 'picomatch';
import { isMap, isScalar, parseDocument } from 'yaml';
import { ConfigError } from './errors.js';
import { PROFILES } from './profile.js';
import { cachedPolicy, fnv1a, rememberPolicy } from './policy-cache.js';
import { POLICY_SCHEMA, validatePolicy } from './policy-schema.js';
import { createReport, isSeverity, type Finding, type Report, type Result, type Severity } from './model.js';
import { parseToolLimitsConfig, type ToolLimitsConfig } from './tool-limits.js';

export const WAIVERS_FILE = 'flightcheck.waivers.yaml';
export const POLICY_FILE = 'flightcheck.yaml';
const MAX_CONFIG_BYTES = 1 << 20;

export interface Waiver {
  rule: string;
  /** Glob over the result target and the finding's file (workspace-relative). Default `**`. */
  target: string;
  /** Restricts the waiver to one check. */
  check?: string;
  reason: string;
  /** YYYY-MM-DD; the waiver stops applying after this day. */
  expires?: string;
  /** Line in the waiver file, for findings about the waiver itself. */
  line?: number;
}

export interface Policy {
  /** The threshold of checks that have no reference-tool default and no `checks.<name>.failOn` (default high). */
  failOn: Severity | 'none';
  /** Per-check options from flightcheck.yaml (`checks.<name>`); `checks.<name>.failOn` is that check's threshold. */
  checks: Record<string, Record<string, unknown>>;
  waiversFile?: string;
  /** `profile:` of flightcheck.yaml (`local` or `release`), when set. */
  profile?: string;
  /** `tools:`: memory, CPU and wall bounds of the external tools, for all and per tool name. */
  tools?: ToolLimitsConfig;
}

export const DEFAULT_POLICY: Policy = { failOn: 'high', checks: {} };

function readConfigText(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (text.length > MAX_CONFIG_BYTES) throw new ConfigError(file, `larger than ${MAX_CONFIG_BYTES} bytes`);
  return text;
}

function readYaml(file: string, text: string): { data: unknown; lineOf: (path: string[]) => number | undefined } {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new ConfigError(file, `invalid YAML: ${e.message.split('\n')[0]}`, e.linePos?.[0]?.line);
  }
  const lineOf = (path: string[]): number | undefined => {
    // the deepest node of the path that exists (for an unknown key: its own key node)
    for (let n = path.length; n > 0; n--) {
      const parent = n > 1 ? doc.getIn(path.slice(0, n - 1), true) : doc.contents;
      const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && String(p.key.value) === path[n - 1]) : undefined;
      const off = (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
      if (off !== undefined) return text.slice(0, off).split('\n').length;
    }
    return undefined;
  };
  return { data: doc.toJS({ maxAliasCount: 100 }), lineOf };
}

/** Finds a file by walking up from `start` to the filesystem root. */
export function findUp(name: string, start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

let fingerprint: string | undefined;
/** Names the schema a cached read was validated by: a flightcheck with another schema reads the file afresh. */
const schemaFingerprint = (): string => (fingerprint ??= fnv1a(JSON.stringify(POLICY_SCHEMA)));

/**
 * Reads and validates flightcheck.yaml (`undefined`: the defaults). A text read and validated before comes from
 * the user's cache folder (policy-cache.ts) with the same result.
 */
export function loadPolicy(file: string | undefined): Policy {
  if (!file) return { ...DEFAULT_POLICY };
  const text = readConfigText(file);
  const key = resolve(file);
  const schema = schemaFingerprint();
  const hit = cachedPolicy(key, text, schema);
  let data: Record<string, unknown> | null;
  if (hit) data = hit.data as Record<string, unknown> | null;
  else {
    const read = readYaml(file, text);
    data = read.data as Record<string, unknown> | null;
    if (data !== null && data !== undefined) {
      if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(file, 'expected a mapping at the top level');
      validatePolicy(data, file, read.lineOf);
    }
    rememberPolicy(key, text, schema, data ?? null);
  }
  if (data === null || data === undefined) return { ...DEFAULT_POLICY };
  const failOn = (data.failOn ?? DEFAULT_POLICY.failOn) as Severity | 'none';
  const checks = (data.checks ?? {}) as Record<string, Record<string, unknown>>;
  const policy: Policy = { failOn, checks };
  if (data.tools !== undefined) policy.tools = parseToolLimitsConfig(data.tools, file);
  if (typeof data.waivers === 'string') policy.waiversFile = resolve(dirname(file), data.waivers);
  if (data.profile !== undefined) {
    if (typeof data.profile !== 'string' || !(PROFILES as readonly string[]).includes(data.profile)) throw new ConfigError(file, `profile must be one of ${PROFILES.join(', ')} (got ${String(data.profile)})`);
    policy.profile = data.profile;
  }
  return policy;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function loadWaivers(file: string): Waiver[] {
  const text = readFileSync(file, 'utf8');
  if (text.length > MAX_CONFIG_BYTES) throw new ConfigError(file, `larger than ${MAX_CONFIG_BYTES} bytes`);
  const doc = parseDocument(text);
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new ConfigError(file, `invalid YAML: ${e.message.split('\n')[0]}`, e.linePos?.[0]?.line);
  }
  const data = doc.toJS({ maxAliasCount: 100 }) as { waivers?: unknown } | null;
  if (data === null || data === undefined) return [];
  if (typeof data !== 'object' || !('waivers' in data)) throw new ConfigError(file, 'expected a top-level `waivers:` list');
  if (data.waivers === null) return [];
  if (!Array.isArray(data.waivers)) throw new ConfigError(file, '`waivers` must be a list');
  const seq = doc.get('waivers', true) as { items?: { range?: [number, number, number] }[] } | undefined;
  const lineOf = (i: number): number | undefined => {
    const off = seq?.items?.[i]?.range?.[0];
    if (off === undefined) return undefined;
    return text.slice(0, off).split('\n').length;
  };
  return data.waivers.map((w: unknown, i: number): Waiver => {
    const line = lineOf(i);
    if (!w || typeof w !== 'object') throw new ConfigError(file, `waiver #${i + 1} must be a mapping`, line);
    const o = w as Record<string, unknown>;
    if (typeof o.rule !== 'string' || !o.rule) throw new ConfigError(file, `waiver #${i + 1} has no \`rule\``, line);
    if (typeof o.reason !== 'string' || !o.reason.trim()) throw new ConfigError(file, `waiver for ${o.rule} has no \`reason\`: every waiver needs one`, line);
    let expires: string | undefined;
    if (o.expires !== undefined) {
      expires = o.expires instanceof Date ? o.expires.toISOString().slice(0, 10) : String(o.expires);
      if (!DATE.test(expires) || Number.isNaN(Date.parse(expires))) throw new ConfigError(file, `waiver for ${o.rule}: expires must be a date YYYY-MM-DD (got ${expires})`, line);
    }
    const waiver: Waiver = { rule: o.rule, target: typeof o.target === 'string' ? o.target : '**', reason: o.reason.trim() };
    if (typeof o.check === 'string') waiver.check = o.check;
    if (expires) waiver.expires = expires;
    if (line) waiver.line = line;
    return waiver;
  });
}

export interface ApplyWaiversOptions {
  /** The waiver file, for the findings about waivers themselves. */
  file: string;
  /** Workspace root: targets and files are matched relative to it. */
  root: string;
  now?: Date;
  /** Report stale waivers (those matching nothing). Only meaningful over a whole run. */
  reportStale?: boolean;
  /** Report expired waivers (default true); off where the per-task reports already carry them. */
  reportExpired?: boolean;
}

function rel(root: string, p: string): string {
  if (!p) return p;
  return isAbsolute(p) ? relative(root, p) : p;
}

/**
 * Marks failing findings covered by a waiver as suppressed (kept, never dropped). An expired waiver
 * suppresses nothing and is itself a high finding; a waiver that matched nothing is an info finding.
 */
export function applyWaivers(report: Report, waivers: Waiver[], opts: ApplyWaiversOptions): Report {
  const today = (opts.now ?? new Date()).toISOString().slice(0, 10);
  const used = new Set<number>();
  const matchers = waivers.map((w) => picomatch(w.target, { dot: true }));
  const results: Result[] = report.results.map((r) => ({
    ...r,
    findings: r.findings.map((f): Finding => {
      // a finding a waiver already suppressed (an earlier pass, e.g. per task) still counts as its use
      const waived = f.status === 'suppressed' && f.suppression?.source === 'waiver';
      if (f.status !== 'fail' && !waived) return f;
      const target = rel(opts.root, r.target);
      const file = f.location ? rel(opts.root, f.location.file) : undefined;
      for (const [i, w] of waivers.entries()) {
        if (w.rule !== f.ruleId && w.rule !== '*') continue;
        if (w.check && w.check !== r.check) continue;
        if (!(matchers[i]!(target) || (file !== undefined && matchers[i]!(file)))) continue;
        used.add(i);
        if (waived) return f;
        if (w.expires && w.expires < today) continue;
        const suppression = { source: 'waiver', justification: w.reason, ...(w.expires ? { expires: w.expires } : {}) };
        return { ...f, status: 'suppressed', suppression };
      }
      return f;
    }),
  }));
  const policyFindings: Finding[] = [];
  const file = rel(opts.root, opts.file);
  for (const [i, w] of waivers.entries()) {
    const location = { file, ...(w.line ? { line: w.line } : {}) };
    if (w.expires && w.expires < today) {
      if (opts.reportExpired === false) continue;
      policyFindings.push({
        ruleId: 'waiver-expired',
        severity: 'high',
        status: 'fail',
        message: `waiver for ${w.rule} (${w.target}) expired on ${w.expires}: fix the finding or renew the waiver with a reason`,
        location,
      });
    } else if (opts.reportStale && !used.has(i)) {
      policyFindings.push({
        ruleId: 'waiver-stale',
        severity: 'info',
        status: 'fail',
        message: `waiver for ${w.rule} (${w.target}) matches no finding: remove it`,
        location,
      });
    }
  }
  if (policyFindings.length) results.push({ check: 'policy', target: file, engine: 'builtin', findings: policyFindings });
  return createReport(results, report.tool);
}
