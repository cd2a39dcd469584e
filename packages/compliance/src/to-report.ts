import type { Finding, Notice, Result, Severity } from '@flightcheck/core';
import { DOCS_URL } from './engine/check.js';
import { fieldPathOf } from './engine/field-paths.js';
import { SCORE_SOURCE } from './engine/score.js';
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

/**
 * Where a finding points: the score's own object (objects of the same identity in several files each keep
 * theirs) at the line of the offending field when known; kube-score's file_row (the document's first line)
 * otherwise, and for a Helm `# Source:` document (whose rendered lines are not the template's).
 */
function locate(o: ScoredObject, c: CheckScore, comment?: { path: string; summary: string }): { file: string; line: number } {
  const src = SCORE_SOURCE.get(c);
  if (!src) return { file: o.file, line: o.line };
  if (!comment || src.file !== src.source) return { file: src.file, line: src.line };
  const path = fieldPathOf(src, c.check.id, comment.path, comment.summary);
  return { file: src.file, line: path ? src.lineOf(path) : src.line };
}

function base(o: ScoredObject, c: CheckScore, comment?: { path: string; summary: string }): Pick<Finding, 'ruleId' | 'location' | 'object' | 'helpUri'> {
  const object: Finding['object'] = { apiVersion: o.apiVersion, kind: o.kind, name: o.metadata.name ?? o.metadata.generateName ?? '' };
  if (o.metadata.namespace) object.namespace = o.metadata.namespace;
  return { ruleId: c.check.id, location: locate(o, c, comment), object, helpUri: DOCS_URL };
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
          ...base(o, c, m),
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

/** A notice naming objects of the same identity (apiVersion, kind, namespace, name) found in more than one place. */
export function duplicatesNotice(objects: readonly { apiVersion: string; kind: string; metadata: { namespace?: string; name?: string }; file: string; line: number }[]): Notice | undefined {
  const by = new Map<string, { file: string; line: number }[]>();
  for (const o of objects) {
    if (!o.metadata.name) continue;
    const key = `${o.apiVersion}/${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;
    const l = by.get(key);
    if (l) l.push({ file: o.file, line: o.line });
    else by.set(key, [{ file: o.file, line: o.line }]);
  }
  const dups = [...by].filter(([, l]) => l.length > 1);
  if (!dups.length) return undefined;
  const list = dups.slice(0, 5).map(([k, l]) => `${k} in ${l.map((p) => `${p.file}:${p.line}`).join(', ')}`).join('; ');
  return { level: 'warning', message: `${dups.length} object identit${dups.length === 1 ? 'y is' : 'ies are'} defined more than once (each finding keeps its own file and line; kube-score's formats merge them): ${list}${dups.length > 5 ? '; …' : ''}` };
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
