import { completeTask, createReport, FlightcheckError, type Report, type Severity } from '@flightcheck/core';
// The engine is imported when the executor runs: its shell parser initialises WebAssembly with a top-level
// await, and Nx loads executors with require(), which cannot load a module graph that has one.
import type { Engine } from '../../run.js';

export interface LintExecutorOptions {
  dockerfile: string | string[];
  config?: string;
  engine?: Engine;
  failOn?: Severity | 'none';
  shellcheck?: boolean;
}

export interface ExecutorContextLike {
  root: string;
  projectName?: string;
  targetName?: string;
}

/** Lints, and turns an input or tool error into a Result that fails the gate (fail closed). */
export async function lintForTask(options: LintExecutorOptions, root: string): Promise<Report> {
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
    return out.report;
  } catch (e) {
    const message = e instanceof FlightcheckError ? e.message : `internal error: ${(e as Error).message}`;
    return createReport([{ check: 'dockerfile-lint', target: paths.join(', '), engine: options.engine ?? 'auto', findings: [], error: message }]);
  }
}

/** `@flightcheck/dockerfile-lint:lint`: lint the project's Dockerfile, write the reports, decide success. */
export default async function executor(options: LintExecutorOptions, context: ExecutorContextLike): Promise<{ success: boolean }> {
  const report = await lintForTask(options, context.root);
  return {
    success: completeTask(report, {
      root: context.root,
      projectName: context.projectName ?? 'dockerfile-lint',
      targetName: context.targetName ?? 'dockerfile-lint',
      ...(options.failOn ? { failOn: options.failOn } : {}),
    }).success,
  };
}
