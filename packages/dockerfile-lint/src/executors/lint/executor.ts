import { completeTask, createReport, failClosedUnlessSettled, type FailOn, FlightcheckError, type Report, type Severity } from '@flightcheck/core';
import type { HadolintConfig } from '../../config/config.js';
// The engine is imported when the executor runs: its shell parser initialises WebAssembly with a top-level
// await, and Nx loads executors with require(), which cannot load a module graph that has one.
import type { Engine } from '../../run.js';

export interface LintExecutorOptions {
  dockerfile: string | string[];
  config?: string;
  engine?: Engine;
  failOn?: Severity | 'none';
  shellcheck?: boolean;
  /** Forwarded by the `security` target: the verdict is security's (see completeTask). */
  deferVerdict?: boolean;
}

export interface ExecutorContextLike {
  root: string;
  projectName?: string;
  targetName?: string;
}

/** hadolint's own threshold (`failure-threshold`, `no-fail` in .hadolint.yaml or HADOLINT_* variables) as a severity. */
export function hadolintFailOn(config: HadolintConfig): FailOn | undefined {
  if (config.noFail) return 'none';
  const t = config.failureThreshold;
  if (!t) return undefined;
  // every reported finding fails at `ignore`/`none`, as in hadolint
  return ({ error: 'high', warning: 'medium', info: 'low', style: 'info', ignore: 'info', none: 'info' } as const)[t];
}

/** Lints, and turns an input or tool error into a Result that fails the gate (fail closed). */
export async function lintForTask(options: LintExecutorOptions, root: string): Promise<{ report: Report; toolFailOn?: FailOn }> {
  const paths = Array.isArray(options.dockerfile) ? options.dockerfile : [options.dockerfile];
  try {
    const { runDockerfileLint } = await import('../../run.js');
    const out = await runDockerfileLint({
      paths,
      cwd: root,
      env: process.env,
      ...(options.config ? { configFile: options.config } : {}),
      engine: options.engine ?? 'auto',
      shellcheck: options.shellcheck !== false,
    });
    const toolFailOn = hadolintFailOn(out.config);
    return { report: out.report, ...(toolFailOn ? { toolFailOn } : {}) };
  } catch (e) {
    const message = e instanceof FlightcheckError ? e.message : `internal error: ${(e as Error).message}`;
    return { report: createReport([{ check: 'dockerfile-lint', target: paths.join(', '), engine: options.engine ?? 'auto', findings: [], error: message }]) };
  }
}

/** `@flightcheck/dockerfile-lint:lint`: lint the project's Dockerfile, write the reports, decide success. */
export default function executor(options: LintExecutorOptions, context: ExecutorContextLike): Promise<{ success: boolean }> {
  // a task whose work can no longer finish fails (exit 1), never ends as a silent pass
  return failClosedUnlessSettled(`${context.projectName ?? 'dockerfile-lint'}:${context.targetName ?? 'dockerfile-lint'}`, () => runExecutor(options, context));
}

async function runExecutor(options: LintExecutorOptions, context: ExecutorContextLike): Promise<{ success: boolean }> {
  const { report, toolFailOn } = await lintForTask(options, context.root);
  return {
    success: completeTask(report, {
      root: context.root,
      projectName: context.projectName ?? 'dockerfile-lint',
      targetName: context.targetName ?? 'dockerfile-lint',
      ...(options.failOn ? { failOn: options.failOn } : {}),
      ...(toolFailOn ? { toolFailOn } : {}),
      deferVerdict: options.deferVerdict === true,
    }).success,
  };
}
