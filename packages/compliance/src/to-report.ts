import type { Finding, Notice, Result, Severity } from '@flightcheck/core';
import { DOCS_URL } from './engine/check.js';
import { GRADES, gradeName, type CheckScore, type ScoredObject } from './engine/types.js';

/**
 * kube-score grades as core severities: CRITICAL → high, WARNING → medium, ALMOST_OK → low (kube-score prints
 * it as OK and never fails on it; it fails our gate only with --fail-on low). One failing finding per comment.
 * OK and skipped checks become `pass` findings (a skipped one says why) when `includePassing` is set.
 */
export function severityOfGrade(grade: number): Severity | undefined {
  if (grade <= GRADES.CRITICAL) return 'high';
  if (grade <= GRADES.WARNING) return 'medium';
  if (grade <= GRADES.ALMOST_OK) return 'low';
  return undefined;
}

export interface ToFindingsOptions {
  includePassing?: boolean;
}

function base(o: ScoredObject, c: CheckScore): Pick<Finding, 'ruleId' | 'location' | 'object' | 'helpUri'> {
  const object: Finding['object'] = { apiVersion: o.apiVersion, kind: o.kind, name: o.metadata.name ?? o.metadata.generateName ?? '' };
  if (o.metadata.namespace) object.namespace = o.metadata.namespace;
  return { ruleId: c.check.id, location: { file: o.file, line: o.line }, object, helpUri: DOCS_URL };
}

export function toFindings(scored: readonly ScoredObject[], opts: ToFindingsOptions = {}): Finding[] {
  const out: Finding[] = [];
  for (const o of scored) {
    for (const c of o.checks) {
      const severity = c.skipped ? undefined : severityOfGrade(c.grade);
      if (!severity) {
        if (!opts.includePassing) continue;
        const reason = c.skipped ? c.comments.map((x) => x.description || x.summary).join('; ') : '';
        out.push({
          ...base(o, c),
          severity: 'info',
          status: 'pass',
          message: c.skipped ? `${c.check.name}: skipped (${reason || 'not applicable'})` : `${c.check.name}: OK`,
          properties: { grade: c.grade, skipped: c.skipped, ...(c.skipped ? { reason } : {}) },
        });
        continue;
      }
      const comments = c.comments.length ? c.comments : [{ path: '', summary: c.check.name, description: '' }];
      for (const m of comments) {
        out.push({
          ...base(o, c),
          severity,
          status: 'fail',
          message: `${c.check.name}: ${m.path ? `(${m.path}) ` : ''}${m.summary}`,
          ...(m.description ? { resolution: m.description } : {}),
          properties: { grade: c.grade, kubeScoreGrade: gradeName(c.grade), ...(m.path ? { path: m.path } : {}) },
        });
      }
    }
  }
  return out;
}

export interface PassedOver {
  kind: string;
  apiVersion: string;
}

/** A notice counting the objects kube-score does not check (unknown kinds, CRDs). */
export function passedOverNotice(skipped: readonly PassedOver[]): Notice | undefined {
  if (!skipped.length) return undefined;
  const counts = new Map<string, number>();
  for (const s of skipped) counts.set(`${s.apiVersion}/${s.kind}`, (counts.get(`${s.apiVersion}/${s.kind}`) ?? 0) + 1);
  const list = [...counts].sort().map(([k, n]) => `${k} ×${n}`).join(', ');
  return { level: 'info', message: `passed over ${skipped.length} object(s) of kinds kube-score does not check: ${list}` };
}

/** A notice counting the documents passed over for want of apiVersion or kind (kube-score does the same). */
export function untypedNotice(docs: readonly { file: string; line: number }[]): Notice | undefined {
  if (!docs.length) return undefined;
  const where = docs.slice(0, 5).map((d) => `${d.file}:${d.line}`).join(', ');
  return { level: 'info', message: `passed over ${docs.length} document(s) without apiVersion or kind: ${where}${docs.length > 5 ? ', …' : ''}` };
}

/** A notice naming the inputs that hold no YAML document at all. */
export function emptyInputNotice(files: readonly string[]): Notice | undefined {
  if (!files.length) return undefined;
  return { level: 'warning', message: `${files.length} input(s) hold no YAML document: ${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}` };
}

export function buildResult(target: string, engine: string, scored: readonly ScoredObject[], opts: ToFindingsOptions & { engineVersion?: string; notices?: Notice[] }): Result {
  const r: Result = { check: 'compliance', target, engine, findings: toFindings(scored, opts) };
  if (opts.engineVersion) r.engineVersion = opts.engineVersion;
  const checks = scored.reduce((n, o) => n + o.checks.length, 0);
  const notices = [...(opts.notices ?? []), { level: 'info' as const, message: `scored ${scored.length} object(s), ${checks} check result(s)` }];
  r.notices = notices;
  return r;
}
