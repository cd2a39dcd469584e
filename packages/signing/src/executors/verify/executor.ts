import { completeTask, failClosedUnlessSettled } from '@flightcheck/core';
import { runVerifyTask, type VerifyTaskOptions } from '../../run.js';

export interface ExecutorContextLike {
  root: string;
  projectName?: string;
  targetName?: string;
}

/** `@flightcheck/signing:verify`: verify signatures against the repository's public key; fails closed. */
export default function executor(options: VerifyTaskOptions & { deferVerdict?: boolean }, context: ExecutorContextLike): Promise<{ success: boolean }> {
  // a task whose work can no longer finish fails (exit 1), never ends as a silent pass
  return failClosedUnlessSettled(`${context.projectName ?? 'signing'}:${context.targetName ?? 'signing'}`, () => runExecutor(options, context));
}

async function runExecutor(options: VerifyTaskOptions & { deferVerdict?: boolean }, context: ExecutorContextLike): Promise<{ success: boolean }> {
  const projectName = context.projectName ?? 'image';
  const report = await runVerifyTask(options ?? {}, { root: context.root, projectName });
  const failOn = options?.failOn;
  return { success: completeTask(report, { root: context.root, projectName, targetName: context.targetName ?? 'verify-signature', ...(failOn ? { failOn } : {}), deferVerdict: options?.deferVerdict === true }).success };
}
