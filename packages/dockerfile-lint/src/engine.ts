import { resolve } from 'node:path';
import { createReport, InputError, readTextInput, type Finding, type Notice, type Report, type Result } from '@flightcheck/core';
import type { HadolintConfig } from './config/config.js';
import { finalizeFindings, hadolintExitCode } from './finalize.js';
import { lintText, type FileLint } from './lint.js';
import { DEFAULT_RULE_CONFIG, type RuleConfig } from './rules/rule.js';
import { locateShellcheck, runShellcheck } from './shellcheck/run.js';

/** Dockerfiles larger than this are refused (exit 2) rather than linted. */
export const MAX_DOCKERFILE_BYTES = 4 << 20;

export interface BuiltinOptions {
  config: HadolintConfig;
  cwd: string;
  /** Run ShellCheck on RUN scripts when it is installed (default true). */
  shellcheck?: boolean;
  shellcheckPath?: string;
  /** Reads `-` (standard input). */
  readStdin?: () => Promise<string>;
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

/** Reads a Dockerfile (bounded, no binary, strict UTF-8); errors name the file as the user gave it. */
export function readDockerfile(file: string, cwd: string): string {
  try {
    return readTextInput(resolve(cwd, file), { maxBytes: MAX_DOCKERFILE_BYTES, rejectBinary: true, strictUtf8: true });
  } catch (e) {
    if (e instanceof InputError) throw new InputError(file, e.reason);
    throw e;
  }
}

/** Lints the given Dockerfiles with the built-in engine (and ShellCheck, batched, when available). */
export async function lintFilesBuiltin(files: string[], opts: BuiltinOptions): Promise<LintOutcome> {
  const started = Date.now();
  const rc = ruleConfig(opts.config);
  const lints: FileLint[] = [];
  const empty = new Set<string>();
  for (const file of files) {
    const text = file === '-' && opts.readStdin ? await opts.readStdin() : readDockerfile(file, opts.cwd);
    if (!text.trim()) empty.add(file);
    lints.push(lintText(text, file, rc));
  }
  const notices: Notice[] = [];
  let scFindings: Finding[] = [];
  let shellcheckMs = 0;
  let processes = 0;
  let engineVersion: string | undefined;
  if (opts.shellcheck === false) {
    notices.push({ level: 'info', message: 'ShellCheck (SCxxxx rules) was switched off (--no-shellcheck): RUN scripts were not checked by it' });
  } else {
    const tool = await locateShellcheck(opts.shellcheckPath);
    if (!tool) {
      notices.push({ level: 'warning', message: 'ShellCheck is not installed: the SCxxxx rules did not run (apt-get install shellcheck)' });
    } else {
      const sc = await runShellcheck(tool, lints.flatMap((l) => l.scripts));
      scFindings = sc.findings;
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
    const r: Result = { check: 'dockerfile-lint', target: l.file, engine: 'builtin', findings: finalizeFindings(raw, l.dockerfile, opts.config) };
    if (engineVersion) r.engineVersion = engineVersion;
    const own: Notice[] = empty.has(l.file) ? [{ level: 'warning', message: `${l.file} is empty: there was nothing to lint`, location: { file: l.file } }] : [];
    if (notices.length || own.length) r.notices = [...notices, ...own];
    return r;
  });
  const all = results.flatMap((r) => r.findings);
  return {
    report: createReport(results),
    exitCode: hadolintExitCode(all, opts.config),
    timings: { totalMs: Date.now() - started, shellcheckMs, shellcheckProcesses: processes },
  };
}
