import { completeTask, failClosedUnlessSettled, type Severity } from '@flightcheck/core';
import { runPodSecuritySafely } from '../../run.js';

export interface CheckExecutorOptions {
  paths: string[];
  failOn?: Severity | 'none';
  /** Forwarded by the `security` target: the verdict is security's (see completeTask). */
  deferVerdict?: boolean;
  /** Judge every object at this level instead of by namespace labels. */
  level?: string;
  pssVersion?: string;
  admissionConfig?: string;
}

export interface ExecutorContextLike {
  root: string;
  projectName?: string;
  targetName?: string;
}

/** `@flightcheck/pod-security:check`: judge the project's manifests as admission would, write the reports, decide success. */
export default function executor(options: CheckExecutorOptions, context: ExecutorContextLike): Promise<{ success: boolean }> {
  // a task whose work can no longer finish fails (exit 1), never ends as a silent pass
  return failClosedUnlessSettled(`${context.projectName ?? 'pod-security'}:${context.targetName ?? 'pod-security'}`, () => runExecutor(options, context));
}

async function runExecutor(options: CheckExecutorOptions, context: ExecutorContextLike): Promise<{ success: boolean }> {
  const { failOn, paths, deferVerdict, ...rest } = options;
  const report = await runPodSecuritySafely({ ...rest, paths: paths ?? [], cwd: context.root });
  return {
    success: completeTask(report, {
      root: context.root,
      projectName: context.projectName ?? 'pod-security',
      targetName: context.targetName ?? 'pod-security',
      ...(failOn ? { failOn } : {}),
      deferVerdict: deferVerdict === true,
    }).success,
  };
}
