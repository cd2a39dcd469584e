import { createReport, describeIsolatedFailure, findTool, isolateFailures, jsonNestingLine, jsonNestingReason, runTool, toolVersion, ToolFailedError, type Finding, type Result, type Tool } from '@flightcheck/core';
import type { HadolintConfig } from '../config/config.js';
import { hadolintExitCode } from '../finalize.js';
import type { HadolintJsonItem } from '../formats/formats.js';
import { LEVEL_TO_SEVERITY, type Level } from '../rules/rule.js';
import type { LintOutcome } from '../engine.js';

export const HADOLINT = {
  name: 'hadolint',
  installHint: 'install hadolint (a single binary from its releases) or use --engine builtin',
  versionArgs: ['--version'],
};

export interface AdapterOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  /** The configuration file hadolint should read (hadolint also reads HADOLINT_* itself). */
  configFile?: string;
  /** Options given on our command line, passed on as hadolint's own flags. */
  cli: HadolintConfig;
  /** The merged configuration (for the exit code). */
  config: HadolintConfig;
  stdin?: string;
  timeoutMs?: number;
  path?: string;
}

export async function locateHadolint(path?: string): Promise<Tool | undefined> {
  try {
    return await findTool({ ...HADOLINT, ...(path ? { path } : {}) });
  } catch {
    return undefined;
  }
}

/** hadolint's own flags for the options given on our command line. */
export function buildHadolintArgs(files: string[], opts: Pick<AdapterOptions, 'configFile' | 'cli'>): string[] {
  const args = ['--no-color', '-f', 'json'];
  if (opts.configFile) args.push('--config', opts.configFile);
  const c = opts.cli;
  for (const i of c.ignored ?? []) args.push('--ignore', i);
  for (const r of c.trustedRegistries ?? []) args.push('--trusted-registry', r);
  for (const [level, codes] of Object.entries(c.override ?? {})) for (const code of codes) args.push(`--${level}`, code);
  for (const [name, type] of Object.entries(c.labelSchema ?? {})) args.push('--require-label', `${name}:${type}`);
  if (c.strictLabels) args.push('--strict-labels');
  if (c.disableIgnorePragma) args.push('--disable-ignore-pragma');
  if (c.failureThreshold) args.push('--failure-threshold', c.failureThreshold);
  args.push('--', ...files);
  return args;
}

const LEVELS = new Set(['error', 'warning', 'info', 'style']);

/** Maps hadolint's `-f json` output (its documented shape) to findings; throws on anything else. */
export function parseHadolintJson(stdout: string): Finding[] {
  const deep = jsonNestingLine(stdout);
  if (deep !== undefined) throw new ToolFailedError('hadolint', 0, `output: ${jsonNestingReason()} (line ${deep})`);
  let data: unknown;
  try {
    data = JSON.parse(stdout.trim() || '[]');
  } catch {
    throw new ToolFailedError('hadolint', 0, `output is not JSON: ${stdout.slice(0, 200)}`);
  }
  if (!Array.isArray(data)) throw new ToolFailedError('hadolint', 0, 'output is not a JSON array');
  return data.map((x, i) => {
    const it = x as Partial<HadolintJsonItem>;
    if (!it || typeof it.code !== 'string' || typeof it.file !== 'string' || typeof it.line !== 'number' || typeof it.message !== 'string' || !LEVELS.has(String(it.level))) {
      throw new ToolFailedError('hadolint', 0, `output item ${i} is not {code, column, file, level, line, message}`);
    }
    const level = it.level as Level;
    const f: Finding = {
      ruleId: it.code,
      severity: LEVEL_TO_SEVERITY[level],
      message: it.message,
      location: { file: it.file, line: it.line, column: typeof it.column === 'number' ? it.column : 1 },
      status: 'fail',
      properties: { level },
    };
    if (/^DL\d{4}$/.test(it.code) && it.code !== 'DL1000') f.helpUri = `https://github.com/hadolint/hadolint/wiki/${it.code}`;
    else if (/^SC\d+$/.test(it.code)) f.helpUri = `https://www.shellcheck.net/wiki/${it.code}`;
    return f;
  });
}

/** hadolint's wall time for a run over `files` files: 10 s, and 250 ms more for each further file, up to 2 minutes. */
export function hadolintTimeout(files: number): number {
  return Math.min(120_000, 10_000 + 250 * Math.max(0, files - 1));
}

/** One hadolint process over `files`: its findings, or a thrown error (a bound, a failure, output that is not its JSON). */
async function runHadolint(tool: Tool, files: string[], opts: AdapterOptions): Promise<Finding[]> {
  const run = await runTool(tool, buildHadolintArgs(files, opts), {
    cwd: opts.cwd,
    timeoutMs: opts.timeoutMs ?? hadolintTimeout(files.length),
    okCodes: [1],
    ...(opts.stdin !== undefined && files.includes('-') ? { input: opts.stdin } : {}),
    ...(opts.env ? { env: opts.env } : {}),
  });
  if (run.code !== 0 && run.code !== 1) throw new ToolFailedError('hadolint', run.code, run.stderr);
  if (run.code === 1 && !run.stdout.trim()) throw new ToolFailedError('hadolint', run.code, run.stderr || 'no output');
  return parseHadolintJson(run.stdout);
}

/**
 * Runs the hadolint binary on the files (one process) and maps its JSON to the same findings as the built-in engine.
 * A file hadolint cannot lint within its bounds (or fails on) is found by splitting the run (core's isolateFailures):
 * it is an error result on that file (the run fails closed for it), and every other file is still linted.
 */
export async function lintFilesHadolint(tool: Tool, files: string[], opts: AdapterOptions): Promise<LintOutcome> {
  const started = Date.now();
  const version = await toolVersion(tool, ['--version']);
  const out = await isolateFailures(files, (batch) => runHadolint(tool, batch, opts));
  if (!out.result) throw out.failed[0]!.error;
  const findings = out.result;
  const failed = new Map(out.failed.map((f) => [f.item, `${f.item}: not linted by hadolint: ${describeIsolatedFailure(f)}`]));
  const results: Result[] = files.map((file) => ({
    check: 'dockerfile-lint',
    target: file,
    engine: 'hadolint',
    engineVersion: version,
    findings: failed.has(file) ? [] : findings.filter((f) => f.location?.file === file),
    ...(failed.has(file) ? { error: failed.get(file)! } : {}),
  }));
  const known = new Set(files);
  const stray = findings.filter((f) => !known.has(f.location!.file));
  if (stray.length && results[0]) results[0].findings.push(...stray);
  const exitCode = hadolintExitCode(findings, opts.config);
  return { report: createReport(results), exitCode: failed.size ? Math.max(1, exitCode) : exitCode, timings: { totalMs: Date.now() - started, shellcheckMs: 0, shellcheckProcesses: 0 } };
}
