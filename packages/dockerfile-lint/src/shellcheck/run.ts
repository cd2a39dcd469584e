import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeLimits, findTool, registerTempDir, unregisterTempDir, runTool, ToolLimitError, toolLimitsFor, ToolOutputTooLargeError, ToolTimeoutError, toolVersion, type Finding, type Tool } from '@flightcheck/core';
import { LEVEL_TO_SEVERITY, type Level } from '../rules/rule.js';
import type { ShellcheckScript } from './scripts.js';

export const SHELLCHECK = {
  name: 'shellcheck',
  installHint: 'install ShellCheck (apt-get install shellcheck) to check RUN scripts (SCxxxx rules)',
  versionArgs: ['--version'],
};

/** hadolint's ShellCheck options: these codes are excluded, every severity down to style is kept. */
export const EXCLUDED = ['2187', '1090', '1091'];
const FILES_PER_PROCESS = 400;
const LEVELS: Record<string, Level> = { error: 'error', warning: 'warning', info: 'info', style: 'style' };

interface Json1 {
  comments: { file: string; line: number; level: string; code: number; message: string }[];
}

export interface ShellcheckOutcome {
  findings: Finding[];
  tool: Tool;
  version: string;
  processes: number;
  durationMs: number;
}

export async function locateShellcheck(path?: string): Promise<Tool | undefined> {
  try {
    return await findTool({ ...SHELLCHECK, ...(path ? { path } : {}) });
  } catch {
    return undefined;
  }
}

/** One script's wall time: a batch gets this plus BATCH_MS_PER_SCRIPT for each further script, up to MAX_BATCH_MS. */
export const SCRIPT_TIMEOUT_MS = 10_000;
const BATCH_MS_PER_SCRIPT = 250;
const MAX_BATCH_MS = 120_000;
/** A failed batch is split in this many parts and each is retried, down to single scripts. */
const SPLIT = 8;
/** Processes the retries may start in all; past it the scripts still in failed batches are reported unchecked. */
export const MAX_RETRY_PROCESSES = 64;
/** ShellCheck processes at a time. */
const CONCURRENCY = 2;
export const NOT_CHECKED_RULE = 'SC-NOT-CHECKED';

export interface ShellcheckRunOptions {
  /** Wall time of one script (default SCRIPT_TIMEOUT_MS); a batch's timeout grows with its size. */
  scriptTimeoutMs?: number;
  /** Address space of one ShellCheck process (default: core's tool limits, 1 GiB). */
  memoryBytes?: number;
  /** Scripts per process (default 400). */
  filesPerProcess?: number;
  /** Bytes of ShellCheck output kept per process (default: core's, 64 MiB); past it the batch is split and retried. */
  maxOutputBytes?: number;
}

function batchTimeout(n: number, scriptMs: number): number {
  return Math.min(MAX_BATCH_MS, scriptMs + BATCH_MS_PER_SCRIPT * (n - 1));
}

/** Runs `jobs` at most `limit` at a time. */
async function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, lane));
  return out;
}

function notChecked(s: ShellcheckScript, why: string): Finding {
  return {
    ruleId: NOT_CHECKED_RULE,
    severity: LEVEL_TO_SEVERITY.error,
    message: `RUN not checked by ShellCheck: ${why}`,
    location: { file: s.file, line: s.line, column: 1 },
    resolution: 'split the RUN into simpler scripts (ShellCheck could not check this one within its bounds); the check fails closed for this RUN only',
    status: 'fail',
    properties: { level: 'error' },
  };
}

/**
 * Runs ShellCheck over every script, many files per process, and maps its comments to findings on the RUN
 * lines. Every process is bounded (core's tool runner: memory, CPU, a wall time of `scriptTimeoutMs` for one
 * script and a little more per further script). A batch that fails (a bound, a crash, unreadable output) is
 * split and retried until the scripts that cannot be checked are alone: each of those is one SC-NOT-CHECKED
 * finding on its RUN ("exceeded 1 GiB / 10 s"), and every other script's findings still come.
 */
export async function runShellcheck(tool: Tool, scripts: ShellcheckScript[], opts: ShellcheckRunOptions = {}): Promise<ShellcheckOutcome> {
  const started = Date.now();
  const version = await toolVersion(tool, ['--version']);
  const findings: Finding[] = [];
  if (!scripts.length) return { findings, tool, version, processes: 0, durationMs: Date.now() - started };
  const scriptMs = opts.scriptTimeoutMs ?? SCRIPT_TIMEOUT_MS;
  const perProcess = opts.filesPerProcess ?? FILES_PER_PROCESS;
  const dir = mkdtempSync(join(tmpdir(), 'flightcheck-sc-'));
  registerTempDir(dir);
  let processes = 0;
  let retries = 0;
  try {
    const names = scripts.map((s, i) => {
      const name = join(dir, `run-${i}.sh`);
      writeFileSync(name, s.text);
      return name;
    });
    const index = new Map(names.map((n, i) => [n, scripts[i]!]));
    /** Checks one batch; resolves to the batches to retry (empty when it succeeded). */
    const check = async (batch: string[]): Promise<string[][]> => {
      processes++;
      const runOpts = { timeoutMs: batchTimeout(batch.length, scriptMs), okCodes: [1], ...(opts.memoryBytes ? { limits: { memoryBytes: opts.memoryBytes } } : {}), ...(opts.maxOutputBytes ? { maxOutputBytes: opts.maxOutputBytes } : {}) };
      let why: string;
      try {
        const run = await runTool(tool, ['-f', 'json1', '-S', 'style', '-e', EXCLUDED.join(','), ...batch], runOpts);
        if (run.code === 0 || run.code === 1) {
          const out = JSON.parse(run.stdout || '{"comments":[]}') as Json1;
          for (const c of out.comments) {
            const s = index.get(c.file);
            if (!s) continue;
            const level = LEVELS[c.level] ?? 'warning';
            findings.push({
              ruleId: `SC${c.code}`,
              severity: LEVEL_TO_SEVERITY[level],
              message: c.message,
              location: { file: s.file, line: s.line, column: 1 },
              helpUri: `https://www.shellcheck.net/wiki/SC${c.code}`,
              status: 'fail',
              properties: { level },
            });
          }
          return [];
        }
        why = `ShellCheck failed (exit ${run.code}${run.signal ? `, ${run.signal}` : ''}): ${run.stderr.trim().split('\n')[0]?.slice(0, 200) ?? ''}`;
      } catch (e) {
        if (e instanceof ToolTimeoutError || e instanceof ToolLimitError) why = `exceeded ${describeLimits(toolLimitsFor(tool.name, { ...runOpts, timeoutMs: scriptMs }))}`;
        else if (e instanceof ToolOutputTooLargeError) why = e.message;
        else if (e instanceof SyntaxError) why = 'ShellCheck wrote output that is not JSON';
        else throw e;
      }
      if (batch.length === 1 || retries + Math.min(SPLIT, batch.length) > MAX_RETRY_PROCESSES) {
        for (const n of batch) findings.push(notChecked(index.get(n)!, batch.length === 1 ? why : `${why} (in a batch of ${batch.length}; the retry budget of ${MAX_RETRY_PROCESSES} processes was spent)`));
        return [];
      }
      const size = Math.ceil(batch.length / SPLIT);
      const parts: string[][] = [];
      for (let i = 0; i < batch.length; i += size) parts.push(batch.slice(i, i + size));
      retries += parts.length;
      return parts;
    };
    let queue: string[][] = [];
    for (let i = 0; i < names.length; i += perProcess) queue.push(names.slice(i, i + perProcess));
    while (queue.length) queue = (await pool(queue.map((b) => () => check(b)), CONCURRENCY)).flat();
  } finally {
    rmSync(dir, { recursive: true, force: true });
    unregisterTempDir(dir);
  }
  // the order of the findings does not depend on which batch finished first
  const order = new Map(scripts.map((s, i) => [`${s.file}\0${s.line}`, i]));
  const rank = (f: Finding) => order.get(`${f.location?.file}\0${f.location?.line}`) ?? 0;
  findings.sort((a, b) => rank(a) - rank(b));
  return { findings, tool, version, processes, durationMs: Date.now() - started };
}
