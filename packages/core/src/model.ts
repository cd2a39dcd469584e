import { ReportFormatError } from './errors.js';
import { jsonNestingLine, jsonNestingReason } from './json-depth.js';
import type { ReportVerdict } from './verdict.js';

/**
 * The finding model shared by every check. Versioned: consumers must check `schemaVersion`.
 */
export const SCHEMA_VERSION = '1.0.0';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type FindingStatus = 'fail' | 'pass' | 'suppressed';

export interface Location {
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export interface ObjectRef {
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  name?: string;
}

export interface Suppression {
  /** Where the suppression came from: `waiver`, `inline`, `.hadolint.yaml`, `.trivyignore`, `annotation`… */
  source: string;
  justification?: string;
  /** ISO date (YYYY-MM-DD) after which the suppression no longer applies. */
  expires?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  location?: Location;
  object?: ObjectRef;
  resolution?: string;
  helpUri?: string;
  status: FindingStatus;
  suppression?: Suppression;
  /** Free-form, check-specific data (package, installed version, layer…). Never a secret. */
  properties?: Record<string, unknown>;
}

/** A note about the run itself: a part that did not run, input skipped, engine fallback. */
export interface Notice {
  level: 'error' | 'warning' | 'info';
  message: string;
  location?: Location;
}

export interface Result {
  /** The check that produced the findings: `dockerfile-lint`, `compliance`… */
  check: string;
  /** What was checked: a file, a directory, an image reference. */
  target: string;
  /** Which engine ran: `builtin`, `hadolint`, `kube-score`, `trivy`… */
  engine: string;
  engineVersion?: string;
  findings: Finding[];
  notices?: Notice[];
  /** Set when the check could not run at all: the gate fails closed on it. */
  error?: string;
  /** Pictures of what was checked (e.g. a connectivity graph), inlined by the html reporter. */
  artifacts?: Artifact[];
  /** Vulnerability scanners: which ecosystems were matched against which data, and which were not. */
  coverage?: Coverage[];
}

/** A self-contained SVG image (no scripts, no external references) with a caption. */
export interface Artifact {
  title: string;
  svg: string;
}

/** One ecosystem of a scanned subject and the data it was matched against (`covered: false`: none). */
export interface Coverage {
  ecosystem: string;
  packages: number;
  source: string;
  covered: boolean;
}

/** What stood in for a part of the release path in a profile (`local`: the registry on 127.0.0.1…). */
export interface StandIn {
  /** The real thing: `the release registry (ghcr.io/example/airflow)`. */
  for: string;
  /** What was used instead. */
  used: string;
}

export interface ToolInfo {
  name: string;
  version: string;
  informationUri?: string;
}

export interface Report {
  schemaVersion: string;
  tool: ToolInfo;
  results: Result[];
  /** The profile the run used (`local` or `release`), when known. */
  profile?: string;
  /** What stood in for what in that profile (empty for `release`). */
  standIns?: StandIn[];
  /** Written by a task (completeTask): each check's threshold and whether it passed. */
  verdict?: ReportVerdict;
}

export const TOOL: ToolInfo = {
  name: 'flightcheck',
  version: '0.1.0',
  informationUri: 'https://github.com/flightcheck/flightcheck',
};

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

export function severityRank(s: Severity): number {
  return RANK[s];
}

export function isSeverity(s: unknown): s is Severity {
  return typeof s === 'string' && (SEVERITIES as readonly string[]).includes(s);
}

/** Sorts most severe first. */
export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[b] - RANK[a];
}

export function atLeast(s: Severity, threshold: Severity): boolean {
  return RANK[s] >= RANK[threshold];
}

export function createReport(results: Result[] = [], tool: ToolInfo = TOOL): Report {
  return { schemaVersion: SCHEMA_VERSION, tool, results };
}

/** Merges several reports (e.g. the per-task JSON files of a run) into one. */
export function mergeReports(reports: Report[]): Report {
  const merged = createReport(reports.flatMap((r) => r.results));
  const profiles = [...new Set(reports.map((r) => r.profile).filter((p): p is string => Boolean(p)))];
  if (profiles.length) merged.profile = profiles.join('+');
  const standIns = new Map<string, StandIn>();
  for (const r of reports) for (const s of r.standIns ?? []) standIns.set(`${s.for}\0${s.used}`, s);
  if (standIns.size) merged.standIns = [...standIns.values()];
  return merged;
}

export interface Summary {
  results: number;
  errors: number;
  fail: Record<Severity, number>;
  suppressed: number;
  pass: number;
}

export function summarize(report: Report): Summary {
  const fail = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  let suppressed = 0;
  let pass = 0;
  let errors = 0;
  for (const r of report.results) {
    if (r.error) errors++;
    for (const f of r.findings) {
      if (f.status === 'fail') fail[f.severity]++;
      else if (f.status === 'suppressed') suppressed++;
      else pass++;
    }
  }
  return { results: report.results.length, errors, fail, suppressed, pass };
}

/**
 * Decides whether a report fails the gate: any failing finding at or above `failOn`,
 * or any result whose check could not run (fail closed).
 */
export function failed(report: Report, failOn: Severity | 'none' = 'high'): boolean {
  for (const r of report.results) {
    if (r.error) return true;
    if (failOn === 'none') continue;
    for (const f of r.findings) if (f.status === 'fail' && atLeast(f.severity, failOn)) return true;
  }
  return false;
}

export function findingLocationText(f: Pick<Finding, 'location' | 'object'>): string {
  const parts: string[] = [];
  if (f.location) {
    let s = f.location.file;
    if (f.location.line) s += `:${f.location.line}`;
    if (f.location.line && f.location.column) s += `:${f.location.column}`;
    parts.push(s);
  }
  if (f.object && (f.object.kind || f.object.name)) {
    const ns = f.object.namespace ? `${f.object.namespace}/` : '';
    parts.push(`${f.object.kind ?? '?'} ${ns}${f.object.name ?? '?'}`);
  }
  return parts.join(' ');
}

/** Validates the shape of a JSON report read from disk (hostile input): throws a ReportFormatError. */
export function parseReport(text: string, file: string): Report {
  const deep = jsonNestingLine(text);
  if (deep !== undefined) throw new ReportFormatError(file, jsonNestingReason(), deep);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ReportFormatError(file, `not JSON (${(e as Error).message})`);
  }
  const r = data as Partial<Report>;
  if (!r || typeof r !== 'object' || typeof r.schemaVersion !== 'string' || !Array.isArray(r.results)) {
    throw new ReportFormatError(file, 'not a flightcheck report (schemaVersion and results expected)');
  }
  const major = r.schemaVersion.split('.')[0];
  if (major !== SCHEMA_VERSION.split('.')[0]) {
    throw new ReportFormatError(file, `schemaVersion ${r.schemaVersion} is not supported (this is ${SCHEMA_VERSION})`);
  }
  for (const [i, res] of r.results.entries()) {
    if (!res || typeof res.check !== 'string' || !Array.isArray(res.findings)) {
      throw new ReportFormatError(file, `results[${i}] has no check or findings`);
    }
    for (const [j, f] of res.findings.entries()) {
      if (!f || typeof f.ruleId !== 'string' || !isSeverity(f.severity) || typeof f.message !== 'string') {
        throw new ReportFormatError(file, `results[${i}].findings[${j}] is malformed`);
      }
    }
  }
  const out: Report = { schemaVersion: r.schemaVersion, tool: r.tool ?? TOOL, results: r.results };
  if (typeof r.profile === 'string') out.profile = r.profile;
  if (Array.isArray(r.standIns)) out.standIns = r.standIns.filter((s): s is StandIn => Boolean(s) && typeof s.for === 'string' && typeof s.used === 'string');
  const v = r.verdict as Partial<ReportVerdict> | undefined;
  if (v && typeof v === 'object' && typeof v.passed === 'boolean' && Array.isArray(v.checks)) out.verdict = { passed: v.passed, checks: v.checks };
  return out;
}
