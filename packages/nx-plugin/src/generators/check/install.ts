import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findTool, runTool } from '@flightcheck/core';

export interface Step {
  /** What the user reads. */
  title: string;
  /** Binary on PATH (`npm`) or `node` for a script of the workspace. */
  bin: string;
  args: string[];
}

/**
 * What makes a generated check run at once: npm links the new workspace package (its lockfile entry and
 * node_modules link; no new external dependency, so npm's cache serves it), tsc builds it.
 */
export function installSteps(workspaceRoot: string, projectRoot: string): Step[] {
  let tsc = join(workspaceRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    tsc = createRequire(join(workspaceRoot, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    /* not installed: the step fails with node's message, naming the file */
  }
  return [
    { title: `npm install (links ${projectRoot})`, bin: 'npm', args: ['install', '--no-audit', '--no-fund', '--prefer-offline'] },
    { title: `build ${projectRoot}`, bin: 'node', args: [tsc, '-b', `${projectRoot}/tsconfig.lib.json`] },
  ];
}

/** The one command that does the same by hand (printed when the steps are skipped or one failed). */
export function manualCommand(projectRoot: string): string {
  return `npm install --no-audit --no-fund && npx tsc -b ${projectRoot}/tsconfig.lib.json`;
}

/** Runs the steps in order through core's tool runner; throws with the step's output when one fails. */
export async function runSteps(steps: Step[], cwd: string, log: (line: string) => void): Promise<void> {
  for (const step of steps) {
    const started = Date.now();
    log(`flightcheck: ${step.title} …`);
    const tool = step.bin === 'node' ? { name: 'node', path: process.execPath } : await findTool({ name: step.bin, installHint: `install ${step.bin}` });
    const run = await runTool(tool, step.args, { cwd, timeoutMs: 10 * 60_000, env: { ...process.env, npm_config_update_notifier: 'false' } });
    if (run.code !== 0) throw new Error(`${step.title} failed (exit ${run.code}):\n${(run.stderr || run.stdout).trim().split('\n').slice(-20).join('\n')}`);
    log(`flightcheck: ${step.title}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
