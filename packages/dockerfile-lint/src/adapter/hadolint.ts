import { createReport, findTool, runTool, toolVersion, ToolFailedError, type Finding, type Result, type Tool } from '@flightcheck/core';
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

/** Runs the hadolint binary on the files (one process) and maps its JSON to the same findings as the built-in engine. */
export async function lintFilesHadolint(tool: Tool, files: string[], opts: AdapterOptions): Promise<LintOutcome> {
  const started = Date.now();
  const version = await toolVersion(tool, ['--version']);
  const run = await runTool(tool, buildHadolintArgs(files, opts), {
    cwd: opts.cwd,
    timeoutMs: opts.timeoutMs ?? 120_000,
    okCodes: [1],
    ...(opts.stdin !== undefined ? { input: opts.stdin } : {}),
    ...(opts.env ? { env: opts.env } : {}),
  });
  if (run.code !== 0 && run.code !== 1) throw new ToolFailedError('hadolint', run.code, run.stderr);
  if (run.code === 1 && !run.stdout.trim()) throw new ToolFailedError('hadolint', run.code, run.stderr || 'no output');
  const findings = parseHadolintJson(run.stdout);
  const results: Result[] = files.map((file) => ({
    check: 'dockerfile-lint',
    target: file,
    engine: 'hadolint',
    engineVersion: version,
    findings: findings.filter((f) => f.location?.file === file),
  }));
  const known = new Set(files);
  const stray = findings.filter((f) => !known.has(f.location!.file));
  if (stray.length && results[0]) results[0].findings.push(...stray);
  return { report: createReport(results), exitCode: hadolintExitCode(findings, opts.config), timings: { totalMs: Date.now() - started, shellcheckMs: 0, shellcheckProcesses: 0 } };
}
