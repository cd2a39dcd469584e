import { completeTask, failClosedUnlessSettled, type Severity } from '@flightcheck/core';
import { runNetworkPolicyCheckSafely } from '../../check.js';

export interface CheckExecutorOptions {
  paths: string[];
  failOn?: Severity | 'none';
  /** Forwarded by the `security` target: the verdict is security's (see completeTask). */
  deferVerdict?: boolean;
  policyFile?: string;
}

export interface ExecutorContextLike {
  root: string;
  projectName?: string;
  targetName?: string;
}

/** `@flightcheck/network-policy:check`: the project's connectivity against the intent; reports; success. */
export default function executor(options: CheckExecutorOptions, context: ExecutorContextLike): Promise<{ success: boolean }> {
  // a task whose work can no longer finish fails (exit 1), never ends as a silent pass
  return failClosedUnlessSettled(`${context.projectName ?? 'network-policy'}:${context.targetName ?? 'network-policy'}`, () => runExecutor(options, context));
}

async function runExecutor(options: CheckExecutorOptions, context: ExecutorContextLike): Promise<{ success: boolean }> {
  const report = await runNetworkPolicyCheckSafely({ paths: options.paths ?? [], cwd: context.root, ...(options.policyFile ? { policyFile: options.policyFile } : {}) });
  return {
    success: completeTask(report, {
      root: context.root,
      projectName: context.projectName ?? 'network-policy',
      targetName: context.targetName ?? 'network-policy',
      formats: ['sarif', 'html'],
      ...(options.failOn ? { failOn: options.failOn } : {}),
      deferVerdict: options.deferVerdict === true,
    }).success,
  };
}
