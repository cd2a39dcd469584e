import * as core from '@flightcheck/core';
import { checkTasksOf, runGate, type TaskGraphLike } from './gate.js';

/** The part of Nx's ExecutorContext the gate reads. */
export interface GateContext {
  root: string;
  projectName?: string;
  targetName?: string;
  taskGraph?: TaskGraphLike;
  projectsConfigurations?: { projects: Record<string, { targets?: Record<string, { dependsOn?: unknown[] }> }> };
}

/**
 * `@flightcheck/nx-plugin:gate`, the `security` target: its check tasks ran with `deferVerdict` (they
 * always complete, so Nx never skips `security` and exits 1, not 130, on a failure); it reads their
 * reports, prints one line per check (its findings and suppressed findings counted), and fails when any
 * check failed or wrote no report.
 */
export default function gateExecutor(_options: Record<string, unknown>, context: GateContext): Promise<{ success: boolean }> {
  // a task whose work can no longer finish fails (exit 1), never ends as a silent pass
  return core.failClosedUnlessSettled(`${context.projectName ?? 'security'}:${context.targetName ?? 'security'}`, () => runGateExecutor(_options, context));
}

async function runGateExecutor(_options: Record<string, unknown>, context: GateContext): Promise<{ success: boolean }> {
  const project = context.projectName ?? '';
  const target = context.targetName ?? 'security';
  const dependsOn = context.projectsConfigurations?.projects[project]?.targets?.[target]?.dependsOn;
  const tasks = checkTasksOf(project, target, context.taskGraph, dependsOn);
  const { passed, text } = runGate(core, context.root, project, tasks);
  process.stdout.write(text);
  return { success: passed };
}
