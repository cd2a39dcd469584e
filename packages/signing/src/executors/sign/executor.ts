import { completeTask } from '@flightcheck/core';
import { runSignTask, type SignTaskOptions } from '../../run.js';

export interface ExecutorContextLike {
  root: string;
  projectName?: string;
  targetName?: string;
}

/** `@flightcheck/signing:sign`: refuse unless image-scan and permissions passed, sign by digest, record. */
export default async function executor(options: SignTaskOptions, context: ExecutorContextLike): Promise<{ success: boolean }> {
  const projectName = context.projectName ?? 'image';
  const report = await runSignTask(options ?? {}, { root: context.root, projectName });
  const failOn = options?.failOn;
  return { success: completeTask(report, { root: context.root, projectName, targetName: context.targetName ?? 'sign', ...(failOn ? { failOn } : {}) }).success };
}
