import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// Types only: the run's summary (post-tasks.ts) hands in core's built module, loaded by path, because in a
// workspace with the source export condition Nx's plugin worker would resolve `@flightcheck/core` to sources.
import type * as CoreModule from '@flightcheck/core';
import type { GateTask, Policy } from '@flightcheck/core';

const MAX_REPORT_BYTES = 64 << 20;

/** What the gate uses of @flightcheck/core. */
export type GateCore = Pick<typeof CoreModule, 'FlightcheckError' | 'gateSummary' | 'judgeReport' | 'loadWorkspacePolicy' | 'parseReport' | 'resolveFailOn' | 'runSummary'>;

/** The part of Nx's task graph the gate reads. */
export interface TaskGraphLike {
  tasks: Record<string, { id: string; target: { project: string; target: string } }>;
  dependencies: Record<string, string[]>;
}

/** The check tasks `project:target` depends on in this run (the task graph), else its configured dependsOn. */
export function checkTasksOf(project: string, target: string, graph?: TaskGraphLike, dependsOn?: unknown[]): { project: string; target: string }[] {
  const self = graph && Object.values(graph.tasks).find((t) => t.target.project === project && t.target.target === target);
  if (self && graph) return (graph.dependencies[self.id] ?? []).map((id) => graph.tasks[id]).filter((t) => t !== undefined).map((t) => t.target);
  return (dependsOn ?? [])
    .map((d) => (typeof d === 'string' ? d : (d as { target?: string }).target))
    .filter((t): t is string => typeof t === 'string' && !t.startsWith('^'))
    .map((t) => ({ project, target: t }));
}

/** Reads one check task's JSON report; a task without a verdict (an older executor) is judged by the policy. */
export function readTaskReport(core: GateCore, root: string, task: { project: string; target: string }, policy: Policy): GateTask {
  const id = `${task.project}:${task.target}`;
  const file = join(root, 'dist', 'flightcheck', task.project, `${task.target}.json`);
  if (!existsSync(file)) return { task: id, missing: `wrote no report (${join('dist', 'flightcheck', task.project, `${task.target}.json`)})` };
  try {
    const text = readFileSync(file, 'utf8');
    if (text.length > MAX_REPORT_BYTES) return { task: id, missing: `its report is larger than ${MAX_REPORT_BYTES} bytes` };
    const report = core.parseReport(text, file);
    if (!report.verdict) {
      const checks = core.judgeReport(report, (c) => (c === 'policy' ? policy.failOn : core.resolveFailOn(policy, c)));
      report.verdict = { passed: checks.every((c) => !c.failed), checks };
    }
    return { task: id, report };
  } catch (e) {
    return { task: id, missing: e instanceof core.FlightcheckError ? e.message : `unreadable report: ${(e as Error).message}` };
  }
}

function workspacePolicy(core: GateCore, root: string): Policy | { error: string } {
  try {
    return core.loadWorkspacePolicy(root).policy;
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** Judges the project's check tasks of this run from their reports. */
export function runGate(core: GateCore, root: string, project: string, tasks: { project: string; target: string }[]): { passed: boolean; text: string } {
  const policy = workspacePolicy(core, root);
  if ('error' in policy) return { passed: false, text: `flightcheck ${project}:security: FAILED: ${policy.error}\n` };
  return core.gateSummary(project, tasks.map((t) => readTaskReport(core, root, t, policy)));
}

/** The summary of a whole run: every gated project's check tasks, judged from their reports. */
export function runSummaryOf(core: GateCore, root: string, runs: { project: string; tasks: { project: string; target: string }[] }[]): { passed: boolean; text: string } {
  const policy = workspacePolicy(core, root);
  if ('error' in policy) return { passed: false, text: `flightcheck gate: FAILED: ${policy.error}\n` };
  return core.runSummary(runs.map((r) => ({ project: r.project, tasks: r.tasks.map((t) => readTaskReport(core, root, t, policy)) })));
}
