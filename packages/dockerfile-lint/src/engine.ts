import { createReport, InputError, type Finding, type Notice, type Report, type Result } from '@flightcheck/core';
import { initShellParser } from './parser/shell.js';
import { isFailure, lintOne, lintPath, readDockerfile, rethrow, type LintedFile } from './batch.js';
import type { HadolintConfig } from './config/config.js';
import { finalizeWithIgnores, hadolintExitCode } from './finalize.js';
import { lintInWorkers, workerCount } from './parallel.js';
import { DEFAULT_RULE_CONFIG, type RuleConfig } from './rules/rule.js';
import { locateShellcheck, runShellcheck } from './shellcheck/run.js';
import { uncheckedNotice } from './shellcheck/scripts.js';

export { MAX_DOCKERFILE_BYTES, readDockerfile } from './batch.js';

export interface BuiltinOptions {
  config: HadolintConfig;
  cwd: string;
  /** Run ShellCheck on RUN scripts when it is installed (default true). */
  shellcheck?: boolean;
  shellcheckPath?: string;
  /** Reads `-` (standard input). */
  readStdin?: () => Promise<string>;
  /** Worker threads (undefined: automatic, see parallel.ts; 1: this thread only). The output does not depend on it. */
  jobs?: number;
}

export interface LintOutcome {
  report: Report;
  /** The exit code hadolint would give (failure-threshold, no-fail, parse errors). */
  exitCode: number;
  timings: { totalMs: number; shellcheckMs: number; shellcheckProcesses: number };
}

export function ruleConfig(config: HadolintConfig): RuleConfig {
  return {
    trustedRegistries: config.trustedRegistries ?? DEFAULT_RULE_CONFIG.trustedRegistries,
    labelSchema: config.labelSchema ?? {},
    strictLabels: config.strictLabels ?? false,
  };
}

/** Lints the given Dockerfiles with the built-in engine (and ShellCheck, batched, when available). */
export async function lintFilesBuiltin(files: string[], opts: BuiltinOptions): Promise<LintOutcome> {
  const started = Date.now();
  await initShellParser();
  const rc = ruleConfig(opts.config);
  const lints: LintedFile[] = [];
  /** Files that could not be read (too large, binary, not UTF-8, missing): each an error result, the others linted. */
  const unreadable: { file: string; error: InputError }[] = [];
  const workers = files.includes('-') ? 0 : workerCount(files.length, opts.jobs);
  if (workers) {
    // this thread and workers-1 worker threads, in file order as in one thread
    const here = (file: string) => lintPath(file, opts.cwd, rc);
    for (const r of await lintInWorkers(files, { cwd: opts.cwd, config: rc }, workers - 1, here)) {
      if (!isFailure(r)) lints.push(r);
      else if (r.error.input && r.error.file !== undefined && r.error.reason !== undefined) unreadable.push({ file: r.file, error: new InputError(r.error.file, r.error.reason, r.error.line) });
      else rethrow(r);
    }
  } else {
    for (const file of files) {
      try {
        if (file === '-' && opts.readStdin) lints.push(lintOne(await opts.readStdin(), file, rc));
        else lints.push(lintOne(readDockerfile(file, opts.cwd), file, rc));
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        unreadable.push({ file, error: e });
      }
    }
  }
  // nothing could be read: the input error it always was (exit 2); otherwise one error result per unreadable file
  if (unreadable.length && !lints.length) throw unreadable[0]!.error;
  const notices: Notice[] = [];
  let scFindings: Finding[] = [];
  let shellcheckMs = 0;
  let processes = 0;
  let engineVersion: string | undefined;
  let shellcheckRan = false;
  if (opts.shellcheck === false) {
    notices.push({ level: 'info', message: 'ShellCheck (SCxxxx rules) was switched off (--no-shellcheck): RUN scripts were not checked by it' });
  } else {
    const tool = await locateShellcheck(opts.shellcheckPath);
    if (!tool) {
      notices.push({ level: 'warning', message: 'ShellCheck is not installed: the SCxxxx rules did not run (apt-get install shellcheck)' });
    } else {
      // a file given twice is checked once: its ShellCheck findings (keyed by file below) go to each of its results
      const once = new Set<string>();
      const sc = await runShellcheck(tool, lints.flatMap((l) => (once.has(l.file) ? [] : (once.add(l.file), l.scripts))));
      scFindings = sc.findings;
      shellcheckRan = true;
      shellcheckMs = sc.durationMs;
      processes = sc.processes;
      engineVersion = `shellcheck ${sc.version}`;
    }
  }
  const byFile = new Map<string, Finding[]>();
  for (const f of scFindings) {
    const k = f.location!.file;
    byFile.set(k, [...(byFile.get(k) ?? []), f]);
  }
  const results: Result[] = lints.map((l) => {
    const raw = l.parseError ? [l.parseError] : [...l.findings, ...(byFile.get(l.file) ?? [])];
    const r: Result = { check: 'dockerfile-lint', target: l.file, engine: 'builtin', findings: finalizeWithIgnores(raw, l.ignores, opts.config) };
    if (engineVersion) r.engineVersion = engineVersion;
    const own: Notice[] = l.empty ? [{ level: 'warning', message: `${l.file} is empty: there was nothing to lint`, location: { file: l.file } }] : [];
    const unchecked = shellcheckRan ? uncheckedNotice(l.file, l.unchecked ?? []) : undefined;
    if (unchecked) own.push({ level: 'info', message: unchecked, location: { file: l.file } });
    if (notices.length || own.length) r.notices = [...notices, ...own];
    return r;
  });
  const all = results.flatMap((r) => r.findings);
  const errors: Result[] = unreadable.map(({ file, error }) => ({ check: 'dockerfile-lint', target: file, engine: 'builtin', findings: [], error: `${error.message} (not linted)` }));
  return {
    report: createReport(errors.length ? ordered(files, [...results, ...errors]) : results),
    // a file that could not be read fails the run even under --no-fail (hadolint: exit 1), the others' findings shown
    exitCode: errors.length ? Math.max(1, hadolintExitCode(all, opts.config)) : hadolintExitCode(all, opts.config),
    timings: { totalMs: Date.now() - started, shellcheckMs, shellcheckProcesses: processes },
  };
}

/** Results in the order the files were given (a file given twice keeps each place). */
function ordered(files: readonly string[], results: Result[]): Result[] {
  const byTarget = new Map<string, Result[]>();
  for (const r of results) byTarget.set(r.target, [...(byTarget.get(r.target) ?? []), r]);
  const out: Result[] = [];
  for (const f of files) {
    const r = byTarget.get(f)?.shift();
    if (r) out.push(r);
  }
  return out.length === results.length ? out : results;
}
