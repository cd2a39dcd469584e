import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { createReport, FlightcheckError, runRules, type Finding, type Notice, type Report, type Result } from '@flightcheck/core';
import { allowMatcher, inlineAllow, loadAllowList, type AllowEntry } from './allow.js';
import { collectFiles } from './files.js';
import { FIXTURE_MARKER, fixtureMark } from './fixture.js';
import { rules } from './rules/index.js';
import { secretEntries } from './helpers/kubernetes.js';
import { parseSubject, type ScanSubject } from './subject.js';
import type { ManifestProblem } from '@flightcheck/k8s';

export const CHECK_NAME = 'secrets';
/** Files larger than this are not read (lock files and data dumps; inputs are hostile): the result lists them. */
export const MAX_FILE_BYTES = 1 << 20;
const SNIFF_BYTES = 8000;

export interface CheckOptions {
  /** Files or folders to scan (absolute, or relative to `root`). */
  paths: string[];
  /** Workspace root: locations are relative to it, the allow-list and flightcheck.yaml are read from it. */
  root: string;
  maxFileBytes?: number;
  /** Respect .gitignore through git (default true). */
  gitignore?: boolean;
  /** Allow-list entries instead of the workspace's files (tests). */
  allow?: AllowEntry[];
}

/** What scanning a file says besides its findings: YAML it could not read, fixture markers taken or ignored. */
export interface ScanSink {
  problems?: ManifestProblem[];
  /** Files whose fixture marker was honoured. */
  fixtures?: string[];
  /** Why a fixture marker was ignored. */
  ignoredMarkers?: string[];
  /** Templates (Helm, Go, Jinja) that are not YAML until rendered: scanned as text only. */
  templates?: string[];
}

/** Template actions (`{{ … }}`, `{% … %}`): a chart's `templates/*.yaml` is not YAML until it is rendered. */
const TEMPLATE = /\{\{-?[^{}\n]{0,400}-?\}\}|\{%-?[^%\n]{0,400}%\}/;

/** Lines of a document, and the rules whose findings there another judgement replaces (undefined: every rule but kubernetes-secret). */
interface OwnedSpan {
  from: number;
  to: number;
  rules?: Set<string>;
}

/**
 * Documents judged as a whole: a Secret with data is kubernetes-secret's alone (one finding per Secret, its
 * values and the copies in its annotations are not reported again by the token rules), and a SealedSecret's
 * encryptedData is ciphertext, not a credential assignment.
 */
function ownedSpans(subject: ScanSubject): OwnedSpan[] {
  if (subject.kind !== 'yaml' || !/\b(Sealed)?Secret\b/.test(subject.text)) return [];
  const docs = [...subject.yaml()].sort((a, b) => a.line - b.line);
  const spans: OwnedSpan[] = [];
  docs.forEach((d, i) => {
    const to = i + 1 < docs.length ? docs[i + 1]!.line - 1 : Infinity;
    const kind = (d.data as { kind?: unknown } | null)?.kind;
    if (kind === 'Secret' && secretEntries(d).length) spans.push({ from: d.line, to });
    else if (kind === 'SealedSecret') spans.push({ from: d.line, to, rules: new Set(['credential-assignment']) });
  });
  return spans;
}

/** Whether YAML that cannot be read is a template: a line that is a template action (`{{- if … }}`), or one at the error's line. */
function isTemplateProblem(subject: ScanSubject, problem: ManifestProblem): boolean {
  if (!TEMPLATE.test(subject.text)) return false;
  const lines = subject.lines();
  if (problem.line) {
    for (let l = problem.line - 2; l <= problem.line; l++) if (TEMPLATE.test(lines[l] ?? '')) return true;
  }
  return /^[ \t]*(\{\{|\{%)/m.test(subject.text);
}

/** Whether a span (sorted, disjoint) holds the line and takes over the rule's findings there. */
function ownedBy(spans: OwnedSpan[], line: number, ruleId: string): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (line < s.from) hi = mid - 1;
    else if (line > s.to) lo = mid + 1;
    else return !s.rules || s.rules.has(ruleId);
  }
  return false;
}

/**
 * Runs every rule over one file's text: findings deduplicated by line and by Secret, inline allows and the
 * file's fixture marker applied. A YAML file whose documents cannot be read is still scanned as text; its
 * problem goes to `sink.problems`.
 */
export function scanText(text: string, file: string, sink: ScanSink = {}): Finding[] {
  const subject = parseSubject(text, file);
  const seen = new Map<number, string>();
  const all: Finding[] = [];
  for (const f of runRules(rules, subject, { file })) {
    const line = f.location?.line ?? 0;
    const first = seen.get(line);
    if (first !== undefined && first !== f.ruleId) continue; // an earlier, more precise rule already reported this line
    seen.set(line, f.ruleId);
    all.push(f);
  }
  const spans = ownedSpans(subject);
  const mark = text.includes(FIXTURE_MARKER) ? fixtureMark(subject.lines(), file) : undefined;
  if (mark && 'ignored' in mark) sink.ignoredMarkers?.push(mark.ignored);
  const fixture = mark && 'reason' in mark ? mark.reason : undefined;
  const out: Finding[] = [];
  for (const f of all) {
    const line = f.location?.line ?? 0;
    if (f.ruleId !== 'kubernetes-secret' && ownedBy(spans, line, f.ruleId)) continue;
    const reason = text.includes('flightcheck:allow-secret') ? inlineAllow(subject.lines(), line) : undefined;
    if (reason) out.push({ ...f, status: 'suppressed', suppression: { source: 'inline', justification: reason } });
    else if (fixture) out.push({ ...f, status: 'suppressed', suppression: { source: 'fixture', justification: `${FIXTURE_MARKER}: ${fixture}` } });
    else out.push(f);
  }
  if (fixture) sink.fixtures?.push(file);
  const problem = subject.kind === 'yaml' ? subject.yamlProblem() : undefined;
  if (problem && isTemplateProblem(subject, problem)) sink.templates?.push(file);
  else if (problem) sink.problems?.push(problem);
  return out;
}

/** Scans each path: one Result per path; a path that cannot be read fails closed (Result.error). */
export async function runCheck(opts: CheckOptions): Promise<Report> {
  const maxBytes = opts.maxFileBytes ?? MAX_FILE_BYTES;
  const allowed = allowMatcher(opts.allow ?? loadAllowList(opts.root));
  const results: Result[] = [];
  for (const p of opts.paths) {
    const abs = resolve(opts.root, p);
    const target = relative(opts.root, abs).split(sep).join('/') || '.';
    const result: Result = { check: CHECK_NAME, target, engine: 'builtin', findings: [] };
    const notices: Notice[] = [];
    const large: string[] = [];
    const problems: ManifestProblem[] = [];
    const fixtures: string[] = [];
    const ignoredMarkers: string[] = [];
    const templates: string[] = [];
    let scanned = 0;
    let binary = 0;
    try {
      for (const file of await collectFiles(abs, { gitignore: opts.gitignore ?? true })) {
        const rel = relative(opts.root, file).split(sep).join('/');
        const size = statSync(file).size;
        if (size > maxBytes) {
          large.push(rel);
          continue;
        }
        if (size === 0) continue;
        const buf = readFileSync(file);
        if (buf.subarray(0, SNIFF_BYTES).includes(0)) {
          binary++;
          continue;
        }
        scanned++;
        const text = buf.toString('utf8');
        for (const f of scanText(text, rel, { problems, fixtures, ignoredMarkers, templates })) {
          const entry = f.status === 'fail' ? allowed(f) : undefined;
          result.findings.push(entry ? { ...f, status: 'suppressed', suppression: { source: entry.source, justification: entry.reason } } : f);
        }
      }
    } catch (e) {
      if (!(e instanceof FlightcheckError)) throw e;
      result.error = e.message;
    }
    notices.push({ level: 'info', message: `scanned ${scanned} file(s); skipped ${binary} binary file(s) and ${large.length} over ${maxBytes} bytes` });
    if (large.length) notices.push({ level: 'warning', message: `not scanned (over ${maxBytes} bytes): ${large.slice(0, 10).join(', ')}${large.length > 10 ? ` and ${large.length - 10} more` : ''}` });
    if (fixtures.length) notices.push({ level: 'info', message: `${fixtures.length} test file(s) declare planted fake secrets (${FIXTURE_MARKER}), their findings are suppressed: ${fixtures.slice(0, 10).join(', ')}${fixtures.length > 10 ? ` and ${fixtures.length - 10} more` : ''}` });
    if (templates.length) notices.push({ level: 'info', message: `${templates.length} template file(s) are not YAML until rendered (Helm, Go or Jinja actions): scanned as text, their objects not read: ${templates.slice(0, 10).join(', ')}${templates.length > 10 ? ` and ${templates.length - 10} more` : ''}` });
    for (const m of ignoredMarkers.slice(0, 10)) notices.push({ level: 'warning', message: m });
    result.notices = notices;
    results.push(result);
    // a YAML file that cannot be read: its text was scanned, its documents were not (fail closed, naming it)
    for (const pr of problems) {
      results.push({ check: CHECK_NAME, target: pr.file, engine: 'builtin', findings: [], error: `${pr.file}${pr.line ? `:${pr.line}` : ''}: ${pr.reason} (scanned as text only; its YAML documents were not read)` });
    }
  }
  return createReport(results);
}
