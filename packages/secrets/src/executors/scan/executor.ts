import { completeTask, failClosedUnlessSettled, type Severity } from '@flightcheck/core';
import { runCheck } from '../../engine.js';

export interface SecretsExecutorOptions {
  paths?: string[];
  failOn?: Severity | 'none';
  maxFileBytes?: number;
  gitignore?: boolean;
  /** Forwarded by the `security` target: the verdict is security's (see completeTask). */
  deferVerdict?: boolean;
}

/** The part of Nx's ExecutorContext this executor reads. */
export interface ExecutorContextLike {
  root: string;
  projectName?: string;
  targetName?: string;
  projectsConfigurations?: { projects: Record<string, { root: string }> };
}

/** Normalise options, scan, complete the task (waivers, report files, `{ success }`). */
export default function executor(options: SecretsExecutorOptions, context: ExecutorContextLike): Promise<{ success: boolean }> {
  // a task whose work can no longer finish fails (exit 1), never ends as a silent pass
  return failClosedUnlessSettled(`${context.projectName ?? 'secrets'}:${context.targetName ?? 'secrets'}`, () => runExecutor(options, context));
}

async function runExecutor(options: SecretsExecutorOptions, context: ExecutorContextLike): Promise<{ success: boolean }> {
  const projectName = context.projectName ?? 'workspace';
  const projectRoot = context.projectsConfigurations?.projects[projectName]?.root ?? '.';
  const paths = options.paths?.length ? options.paths : [projectRoot];
  const report = await runCheck({ paths, root: context.root, gitignore: options.gitignore ?? true, ...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}) });
  const outcome = completeTask(report, { root: context.root, projectName, targetName: context.targetName ?? 'secrets', ...(options.failOn ? { failOn: options.failOn } : {}), deferVerdict: options.deferVerdict === true });
  return { success: outcome.success };
}
