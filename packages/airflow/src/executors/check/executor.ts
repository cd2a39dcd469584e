import { completeTask, createReport, failClosedUnlessSettled, FlightcheckError, type Report, type Severity } from '@flightcheck/core';
import { CHECK_NAME, runCheck } from '../../engine.js';

export interface AirflowExecutorOptions {
  /** Manifest folders or files, or Dockerfiles, relative to the workspace root (default: the project's root). */
  paths?: string[];
  dockerfile?: string;
  failOn?: Severity | 'none';
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

/** Normalise options, run the check (fail closed on any error), complete the task (waivers, report files, `{ success }`). */
export default function executor(options: AirflowExecutorOptions, context: ExecutorContextLike): Promise<{ success: boolean }> {
  // a task whose work can no longer finish fails (exit 1), never ends as a silent pass
  return failClosedUnlessSettled(`${context.projectName ?? 'airflow'}:${context.targetName ?? 'airflow'}`, () => runExecutor(options, context));
}

async function runExecutor(options: AirflowExecutorOptions, context: ExecutorContextLike): Promise<{ success: boolean }> {
  const projectName = context.projectName ?? 'airflow';
  const projectRoot = context.projectsConfigurations?.projects[projectName]?.root ?? '.';
  const paths = [...(options.paths ?? []), ...(options.dockerfile ? [options.dockerfile] : [])];
  let report: Report;
  try {
    report = await runCheck({ paths: paths.length ? paths : [projectRoot], root: context.root });
  } catch (e) {
    const message = e instanceof FlightcheckError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    report = createReport([{ check: CHECK_NAME, target: paths.join(' ') || projectRoot, engine: 'builtin', findings: [], error: message }]);
  }
  const outcome = completeTask(report, { root: context.root, projectName, targetName: context.targetName ?? CHECK_NAME, ...(options.failOn ? { failOn: options.failOn } : {}), deferVerdict: options.deferVerdict === true });
  return { success: outcome.success };
}
