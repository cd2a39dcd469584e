import { jsonNestingLine, jsonNestingReason, type Finding, type Notice, type Severity } from '@flightcheck/core';

/** The parts of trivy's JSON report (SchemaVersion 2) the adapter reads. Everything optional: hostile input. */
export interface TrivyVulnerability {
  VulnerabilityID?: string;
  PkgName?: string;
  PkgPath?: string;
  PkgIdentifier?: { PURL?: string };
  InstalledVersion?: string;
  FixedVersion?: string;
  Status?: string;
  Layer?: { DiffID?: string; Digest?: string };
  SeveritySource?: string;
  PrimaryURL?: string;
  Title?: string;
  Severity?: string;
  References?: string[];
}
export interface TrivyMisconfiguration {
  Type?: string;
  ID?: string;
  AVDID?: string;
  Title?: string;
  Message?: string;
  Resolution?: string;
  Severity?: string;
  PrimaryURL?: string;
  References?: string[];
  Status?: string;
  CauseMetadata?: { StartLine?: number; EndLine?: number };
}
export interface TrivySecret {
  RuleID?: string;
  Category?: string;
  Severity?: string;
  Title?: string;
  StartLine?: number;
  EndLine?: number;
  Layer?: { DiffID?: string };
}
export interface TrivyResult {
  Target?: string;
  Class?: string;
  Type?: string;
  Vulnerabilities?: TrivyVulnerability[] | null;
  Misconfigurations?: TrivyMisconfiguration[] | null;
  Secrets?: TrivySecret[] | null;
}
export interface TrivyReport {
  SchemaVersion?: number;
  ArtifactName?: string;
  ArtifactType?: string;
  Metadata?: { OS?: { Family?: string; Name?: string }; ImageID?: string };
  Results?: TrivyResult[] | null;
}

export class TrivyReportError extends Error {
  constructor(reason: string) {
    super(`trivy's JSON report could not be read: ${reason}`);
    this.name = 'TrivyReportError';
  }
}

const SEVERITY: Record<string, Severity> = { CRITICAL: 'critical', HIGH: 'high', MEDIUM: 'medium', LOW: 'low' };

/** trivy's severities; UNKNOWN becomes `medium` (as the built-in engine does for an unscored record). */
export function mapTrivySeverity(s: string | undefined): Severity {
  return SEVERITY[(s ?? '').toUpperCase()] ?? 'medium';
}

const MAX_FINDINGS = 100_000;

function arr<T>(v: T[] | null | undefined): T[] {
  return Array.isArray(v) ? v : [];
}

/** Parses trivy's stdout: a SchemaVersion 2 report (an empty stdout is an error, never a pass). */
export function parseTrivyReport(stdout: string): TrivyReport {
  if (!stdout.trim()) throw new TrivyReportError('trivy printed nothing');
  const deep = jsonNestingLine(stdout);
  if (deep !== undefined) throw new TrivyReportError(`${jsonNestingReason()} (line ${deep})`);
  let data: unknown;
  try {
    data = JSON.parse(stdout);
  } catch (e) {
    throw new TrivyReportError(`not JSON (${(e as Error).message.slice(0, 120)})`);
  }
  const r = data as TrivyReport;
  if (!r || typeof r !== 'object' || Array.isArray(r)) throw new TrivyReportError('not a JSON object');
  if (r.SchemaVersion !== 2) throw new TrivyReportError(`SchemaVersion ${String(r.SchemaVersion)} is not supported (2 expected)`);
  if (r.Results !== undefined && r.Results !== null && !Array.isArray(r.Results)) throw new TrivyReportError('Results is not an array');
  return r;
}

/** Maps trivy's results to findings: vulnerabilities (rule id = the CVE/GHSA id), misconfigurations, secrets. */
export function mapTrivyReport(report: TrivyReport): { findings: Finding[]; notices: Notice[] } {
  const findings: Finding[] = [];
  const notices: Notice[] = [];
  for (const result of arr(report.Results)) {
    const target = typeof result.Target === 'string' ? result.Target : '(unknown target)';
    for (const v of arr(result.Vulnerabilities)) {
      if (!v || typeof v.VulnerabilityID !== 'string' || !v.VulnerabilityID) {
        notices.push({ level: 'warning', message: `a vulnerability in ${target} has no VulnerabilityID; skipped` });
        continue;
      }
      const fixed = v.FixedVersion || undefined;
      const pkg = v.PkgName ?? '(unknown package)';
      const finding: Finding = {
        ruleId: v.VulnerabilityID,
        severity: mapTrivySeverity(v.Severity),
        message: `${pkg} ${v.InstalledVersion ?? '?'} is affected by ${v.VulnerabilityID}${v.Title ? `: ${v.Title}` : ''}${fixed ? `; fixed in ${fixed}` : '; no fix released'}`,
        location: { file: v.PkgPath || target },
        status: 'fail',
        properties: {
          package: pkg,
          installedVersion: v.InstalledVersion,
          ...(fixed ? { fixedVersion: fixed } : {}),
          ...(v.Status ? { fixStatus: v.Status } : {}),
          ...(v.PkgIdentifier?.PURL ? { purl: v.PkgIdentifier.PURL } : {}),
          ...(v.Layer?.DiffID ? { layer: v.Layer.DiffID } : {}),
          ...(v.SeveritySource ? { severitySource: v.SeveritySource } : {}),
          target,
          class: result.Class,
          references: arr(v.References).slice(0, 20),
        },
      };
      if (v.PrimaryURL) finding.helpUri = v.PrimaryURL;
      if (fixed) finding.resolution = `Upgrade ${pkg} to ${fixed} or later`;
      findings.push(finding);
    }
    for (const m of arr(result.Misconfigurations)) {
      const id = m?.ID || m?.AVDID;
      if (!id) continue;
      const loc: Finding['location'] = { file: target, ...(m.CauseMetadata?.StartLine ? { line: m.CauseMetadata.StartLine } : {}) };
      const finding: Finding = {
        ruleId: id,
        severity: mapTrivySeverity(m.Severity),
        message: `${m.Title ?? id}${m.Message ? `: ${m.Message}` : ''}`,
        location: loc,
        status: m.Status === 'PASS' ? 'pass' : 'fail',
        properties: { target, class: result.Class, ...(m.AVDID && m.AVDID !== id ? { aliases: [m.AVDID] } : {}), references: arr(m.References).slice(0, 20) },
      };
      if (m.Resolution) finding.resolution = m.Resolution;
      if (m.PrimaryURL) finding.helpUri = m.PrimaryURL;
      findings.push(finding);
    }
    for (const s of arr(result.Secrets)) {
      if (!s?.RuleID) continue;
      // The matched text is never copied (trivy masks it, but a report must not carry it at all).
      findings.push({
        ruleId: s.RuleID,
        severity: mapTrivySeverity(s.Severity),
        message: `secret found: ${s.Title ?? s.RuleID}${s.Category ? ` (${s.Category})` : ''}`,
        location: { file: target, ...(s.StartLine ? { line: s.StartLine } : {}) },
        status: 'fail',
        resolution: 'Remove the secret from the image (build secrets: `RUN --mount=type=secret`) and rotate it',
        properties: { target, class: result.Class, ...(s.Layer?.DiffID ? { layer: s.Layer.DiffID } : {}) },
      });
    }
    if (findings.length > MAX_FINDINGS) throw new TrivyReportError(`more than ${MAX_FINDINGS} findings`);
  }
  return { findings, notices };
}
