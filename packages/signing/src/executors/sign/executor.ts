import { completeTask, failClosedUnlessSettled } from '@flightcheck/core';
import { runSignTask, type SignTaskOptions } from '../../run.js';

export interface ExecutorContextLike {
  root: string;
  projectName?: string;
  targetName?: string;
}

/** `@flightcheck/signing:sign`: refuse unless image-scan and permissions passed, sign by digest, record. */
export default function executor(options: SignTaskOptions, context: ExecutorContextLike): Promise<{ success: boolean }> {
  // a task whose work can no longer finish fails (exit 1), never ends as a silent pass
  return failClosedUnlessSettled(`${context.projectName ?? 'signing'}:${context.targetName ?? 'signing'}`, () => runExecutor(options, context));
}

async function runExecutor(options: SignTaskOptions, context: ExecutorContextLike): Promise<{ success: boolean }> {
  const projectName = context.projectName ?? 'image';
  const report = await runSignTask(options ?? {}, { root: context.root, projectName });
  const failOn = options?.failOn;
  return { success: completeTask(report, { root: context.root, projectName, targetName: context.targetName ?? 'sign', ...(failOn ? { failOn } : {}) }).success };
}
