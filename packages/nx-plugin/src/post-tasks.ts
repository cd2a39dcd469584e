import type { FlightcheckPluginOptions } from './options.js';

/** The part of Nx's postTasksExecution context the summary reads. */
export interface PostTasksContextLike {
  workspaceRoot: string;
  taskResults: Record<string, { task: { target: { project: string; target: string } }; status: string }>;
}

/** The projects whose gate ran, each with the other tasks of the run in that project (its checks). */
export function gateRuns(context: PostTasksContextLike, securityTarget: string): { project: string; tasks: { project: string; target: string }[] }[] {
  const byProject = new Map<string, { project: string; target: string }[]>();
  const gated = new Set<string>();
  for (const r of Object.values(context.taskResults)) {
    const t = r.task.target;
    if (t.target === securityTarget) gated.add(t.project);
    else byProject.set(t.project, [...(byProject.get(t.project) ?? []), { project: t.project, target: t.target }]);
  }
  return [...gated].sort().map((project) => ({ project, tasks: byProject.get(project) ?? [] }));
}

/**
 * Nx hook after a run: when `security` ran, ends the output with the merged verdict of every project's
 * checks (Nx hides the output of tasks that passed). Nx runs this hook in the calling process only
 * without the daemon (as in CI); with the daemon its output goes to the daemon's log.
 */
export async function postTasksExecution(options: FlightcheckPluginOptions | undefined, context: PostTasksContextLike): Promise<void> {
  const securityTarget = options?.targetNames?.security ?? 'security';
  const runs = gateRuns(context, securityTarget);
  if (!runs.length) return;
  // never fails the run (Nx would exit 1): each security task has printed and decided its own verdict. In a
  // workspace whose tsconfig sets the source export condition, Nx's plugin worker resolves @flightcheck/core
  // to TypeScript sources that a dynamic import cannot load; the summary is then left out with that reason.
  try {
    const { runGate } = await import('./executors/gate/gate.js');
    const parts = runs.map((r) => runGate(context.workspaceRoot, r.project, r.tasks));
    const passed = parts.every((p) => p.passed);
    process.stdout.write(`\n${parts.map((p) => p.text).join('')}flightcheck gate: ${passed ? 'PASSED' : 'FAILED'} (${runs.length} project${runs.length === 1 ? '' : 's'})\n`);
  } catch (e) {
    process.stdout.write(`\nflightcheck: no merged summary (${(e as Error).message.split('\n')[0]}); see each project's security task above\n`);
  }
}
