import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { createReport, FlightcheckError, runRules, type Finding, type Notice, type Report, type Result } from '@flightcheck/core';
import { allowMatcher, inlineAllow, loadAllowList, type AllowEntry } from './allow.js';
import { collectFiles } from './files.js';
import { rules } from './rules/index.js';
import { parseSubject } from './subject.js';
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

/**
 * Runs every rule over one file's text: findings deduplicated by line, inline allows applied. A YAML file
 * whose documents cannot be read is still scanned as text; its problem goes to `problems`.
 */
export function scanText(text: string, file: string, problems?: ManifestProblem[]): Finding[] {
  const subject = parseSubject(text, file);
  const seen = new Map<number, string>();
  const out: Finding[] = [];
  for (const f of runRules(rules, subject, { file })) {
    const line = f.location?.line ?? 0;
    const first = seen.get(line);
    if (first !== undefined && first !== f.ruleId) continue; // an earlier, more precise rule already reported this line
    seen.set(line, f.ruleId);
    const reason = text.includes('flightcheck:allow-secret') ? inlineAllow(subject.lines(), line) : undefined;
    if (reason) out.push({ ...f, status: 'suppressed', suppression: { source: 'inline', justification: reason } });
    else out.push(f);
  }
  const problem = subject.kind === 'yaml' ? subject.yamlProblem() : undefined;
  if (problem && problems) problems.push(problem);
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
        for (const f of scanText(text, rel, problems)) {
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
    result.notices = notices;
    results.push(result);
    // a YAML file that cannot be read: its text was scanned, its documents were not (fail closed, naming it)
    for (const pr of problems) {
      results.push({ check: CHECK_NAME, target: pr.file, engine: 'builtin', findings: [], error: `${pr.file}${pr.line ? `:${pr.line}` : ''}: ${pr.reason} (scanned as text only; its YAML documents were not read)` });
    }
  }
  return createReport(results);
}
