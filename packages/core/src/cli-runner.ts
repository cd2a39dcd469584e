import { join } from 'node:path';
import { runTool } from './tool-runner.js';

/** One run of a CLI: its exit code and output. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  /** Working folder (default: the runner's). */
  cwd?: string;
  /** Standard input. */
  input?: string;
}

export type CliRunner = (args: string[], opts?: CliRunOptions) => Promise<CliRun>;

/**
 * A runner of a Node script as its users start it (`node <bin> ...args`), through core's tool runner:
 * bounded in time, memory and output, never throwing on an exit code (the test asserts it).
 */
export function nodeScriptRunner(bin: string, defaults: { cwd?: string; timeoutMs?: number; maxOutputBytes?: number } = {}): CliRunner {
  const node = { name: 'node', path: process.execPath };
  return async (args, opts = {}) => {
    const r = await runTool(node, [bin, ...args], {
      cwd: opts.cwd ?? defaults.cwd,
      input: opts.input ?? '',
      timeoutMs: defaults.timeoutMs ?? 240_000,
      maxOutputBytes: defaults.maxOutputBytes ?? 256 << 20,
    });
    return { code: r.signal ? null : r.code, stdout: r.stdout, stderr: r.stderr };
  };
}

/** The built flightcheck CLI of a workspace (`packages/cli/bin/flightcheck.js`; build it first: `npm run build`). */
export function flightcheckCli(workspaceRoot: string, defaults: { timeoutMs?: number; maxOutputBytes?: number } = {}): CliRunner {
  return nodeScriptRunner(join(workspaceRoot, 'packages', 'cli', 'bin', 'flightcheck.js'), { cwd: workspaceRoot, ...defaults });
}

/** The findings of every result of a flightcheck JSON report (`--format json` on stdout). */
export function reportFindings<F = { ruleId: string; severity: string; status: string; message: string; location?: { file: string; line?: number } }>(stdout: string): F[] {
  const report = JSON.parse(stdout) as { results: { findings: F[] }[] };
  return report.results.flatMap((r) => r.findings);
}

/** Polls `f` every 100 ms until it gives a value or `ms` have passed (then its last answer): for tests that wait on processes. */
export async function until<T>(f: () => T | undefined, ms: number): Promise<T | undefined> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v !== undefined || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}
