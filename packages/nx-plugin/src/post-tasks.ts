import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runSummaryOf, type GateCore } from './executors/gate/gate.js';
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
 * The built `@flightcheck/core` this plugin depends on, loaded by the path of its `dist/index.js`: Nx starts
 * its plugin worker with the export conditions of the workspace's tsconfig (this repository's
 * `@flightcheck/source`), under which `import('@flightcheck/core')` would resolve to TypeScript sources that
 * Node cannot load. Looked up from the plugin's own package first, then from the workspace root.
 */
export async function loadCore(workspaceRoot: string): Promise<GateCore> {
  const from = [join(workspaceRoot, 'package.json')];
  try {
    from.unshift(createRequire(from[0]!).resolve('@flightcheck/nx-plugin/package.json'));
  } catch {
    // the plugin is not resolvable by name from the workspace root (a path in nx.json): the root only
  }
  let pkg: string | undefined;
  for (const f of from) {
    try {
      pkg = createRequire(f).resolve('@flightcheck/core/package.json');
      break;
    } catch {
      // next
    }
  }
  if (!pkg) throw new Error('@flightcheck/core is not installed');
  const main = join(dirname(pkg), 'dist', 'index.js');
  if (!existsSync(main)) throw new Error(`@flightcheck/core is not built (no ${main}): run \`npm run build\``);
  return (await import(main)) as GateCore;
}

/**
 * Nx hook after a run: when `security` ran, ends the output with the merged verdict of every project's
 * checks (Nx hides the output of tasks that passed), the suppressed findings counted once per check and
 * reason. Nx runs this hook in the calling process only without the daemon (as in CI); with the daemon its
 * output goes to the daemon's log.
 */
export async function postTasksExecution(options: FlightcheckPluginOptions | undefined, context: PostTasksContextLike): Promise<void> {
  const securityTarget = options?.targetNames?.security ?? 'security';
  const runs = gateRuns(context, securityTarget);
  if (!runs.length) return;
  // never fails the run (Nx would exit 1): each security task has printed and decided its own verdict
  try {
    const { text } = runSummaryOf(await loadCore(context.workspaceRoot), context.workspaceRoot, runs);
    process.stdout.write(`\n${text}`);
  } catch (e) {
    process.stdout.write(`\nflightcheck: no merged summary (${(e as Error).message.split('\n')[0]}); see each project's security task above\n`);
  }
}
