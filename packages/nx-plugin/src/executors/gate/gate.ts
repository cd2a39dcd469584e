import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FlightcheckError, gateSummary, judgeReport, loadWorkspacePolicy, parseReport, resolveFailOn, type GateTask, type Policy } from '@flightcheck/core';

const MAX_REPORT_BYTES = 64 << 20;

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
export function readTaskReport(root: string, task: { project: string; target: string }, policy: Policy): GateTask {
  const id = `${task.project}:${task.target}`;
  const file = join(root, 'dist', 'flightcheck', task.project, `${task.target}.json`);
  if (!existsSync(file)) return { task: id, missing: `wrote no report (${join('dist', 'flightcheck', task.project, `${task.target}.json`)})` };
  try {
    const text = readFileSync(file, 'utf8');
    if (text.length > MAX_REPORT_BYTES) return { task: id, missing: `its report is larger than ${MAX_REPORT_BYTES} bytes` };
    const report = parseReport(text, file);
    if (!report.verdict) {
      const checks = judgeReport(report, (c) => (c === 'policy' ? policy.failOn : resolveFailOn(policy, c)));
      report.verdict = { passed: checks.every((c) => !c.failed), checks };
    }
    return { task: id, report };
  } catch (e) {
    return { task: id, missing: e instanceof FlightcheckError ? e.message : `unreadable report: ${(e as Error).message}` };
  }
}

/** Judges the project's check tasks of this run from their reports. */
export function runGate(root: string, project: string, tasks: { project: string; target: string }[]): { passed: boolean; text: string } {
  let policy: Policy;
  try {
    policy = loadWorkspacePolicy(root).policy;
  } catch (e) {
    return { passed: false, text: `flightcheck ${project}:security: FAILED: ${(e as Error).message}\n` };
  }
  return gateSummary(project, tasks.map((t) => readTaskReport(root, t, policy)));
}
