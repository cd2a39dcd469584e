import { completeTask, failClosedUnlessSettled, type Severity } from '@flightcheck/core';
import { runComplianceSafely, type Engine } from '../../run.js';

export interface CheckExecutorOptions {
  paths: string[];
  engine?: Engine;
  failOn?: Severity | 'none';
  kubernetesVersion?: string;
  enableOptionalTest?: string[];
  ignoreTest?: string[];
  allDefaultOptional?: boolean;
  minReplicasDeployment?: number;
  minReplicasHpa?: number;
  ignoreContainerCpuLimit?: boolean;
  ignoreContainerMemoryLimit?: boolean;
  disableIgnoreChecksAnnotations?: boolean;
  disableOptionalChecksAnnotations?: boolean;
  exitOneOnWarning?: boolean;
  includePassing?: boolean;
  /** Forwarded by the `security` target: the verdict is security's (see completeTask). */
  deferVerdict?: boolean;
}

export interface ExecutorContextLike {
  root: string;
  projectName?: string;
  targetName?: string;
}

/** `@flightcheck/compliance:check`: score the project's manifests, write the reports, decide success. */
export default function executor(options: CheckExecutorOptions, context: ExecutorContextLike): Promise<{ success: boolean }> {
  // a task whose work can no longer finish fails (exit 1), never ends as a silent pass
  return failClosedUnlessSettled(`${context.projectName ?? 'compliance'}:${context.targetName ?? 'compliance'}`, () => runExecutor(options, context));
}

async function runExecutor(options: CheckExecutorOptions, context: ExecutorContextLike): Promise<{ success: boolean }> {
  const { failOn, exitOneOnWarning, deferVerdict, ...rest } = options;
  const report = await runComplianceSafely({ ...rest, paths: options.paths ?? [], cwd: context.root });
  return {
    success: completeTask(report, {
      root: context.root,
      projectName: context.projectName ?? 'compliance',
      targetName: context.targetName ?? 'compliance',
      ...(failOn ? { failOn } : {}),
      // kube-score's --exit-one-on-warning: WARNING (medium) fails too
      ...(exitOneOnWarning ? { toolFailOn: 'medium' as const } : {}),
      deferVerdict: deferVerdict === true,
    }).success,
  };
}
