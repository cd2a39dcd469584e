import { completeTask, failClosedUnlessSettled, type Severity } from '@flightcheck/core';

export interface CheckExecutorOptions {
  paths: string[];
  failOn?: Severity | 'none';
  /** Forwarded by the `security` target: the verdict is security's (see completeTask). */
  deferVerdict?: boolean;
  /** Policy file with checks.rbac.needs (default: flightcheck.yaml at the workspace root). */
  config?: string;
}

export interface ExecutorContextLike {
  root: string;
  projectName?: string;
  targetName?: string;
}

/** `@flightcheck/rbac:check`: analyse the project's RBAC, write the reports, decide success. */
export default function executor(options: CheckExecutorOptions, context: ExecutorContextLike): Promise<{ success: boolean }> {
  // a task whose work can no longer finish fails (exit 1), never ends as a silent pass
  return failClosedUnlessSettled(`${context.projectName ?? 'rbac'}:${context.targetName ?? 'rbac'}`, () => runExecutor(options, context));
}

async function runExecutor(options: CheckExecutorOptions, context: ExecutorContextLike): Promise<{ success: boolean }> {
  // loaded lazily: Nx requires executors, and the engine's graph is ESM
  const { runRbac } = await import('../../run.js');
  const report = await runRbac({ paths: options.paths ?? [], cwd: context.root, root: context.root, ...(options.config ? { policyFile: options.config } : {}) });
  return {
    success: completeTask(report, {
      root: context.root,
      projectName: context.projectName ?? 'rbac',
      targetName: context.targetName ?? 'rbac',
      ...(options.failOn ? { failOn: options.failOn } : {}),
      deferVerdict: options.deferVerdict === true,
    }).success,
  };
}
