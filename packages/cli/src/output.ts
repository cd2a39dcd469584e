import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  applyWorkspaceWaivers,
  findUp,
  judgeReport,
  resolveFailOn,
  loadWorkspacePolicy,
  reporters,
  summarize,
  UsageError,
  WAIVERS_FILE,
  POLICY_FILE,
  type CheckOutcome,
  type CommandIO,
  type CommonArgs,
  type Reporter,
} from '@flightcheck/core';

/** The workspace root: where the policy or waiver file is, else the current directory. */
export function workspaceRoot(cwd: string): string {
  const marker = findUp(POLICY_FILE, cwd) ?? findUp(WAIVERS_FILE, cwd) ?? findUp('nx.json', cwd);
  return marker ? dirname(marker) : cwd;
}

/** Renders an outcome in the chosen format, writes it, and returns the exit code. */
export function emit(outcome: CheckOutcome, args: CommonArgs, io: CommandIO, policyFile?: string): number {
  const root = workspaceRoot(io.cwd);
  const wp = loadWorkspacePolicy(root, args.waivers ? resolve(io.cwd, args.waivers) : undefined, policyFile ? resolve(io.cwd, policyFile) : undefined);
  const report = outcome.noWaivers ? outcome.report : applyWorkspaceWaivers(outcome.report, root, wp);
  const format = args.format ?? 'text';
  const all: Record<string, Reporter> = { ...reporters, ...outcome.formats };
  const render = all[format];
  if (!render) throw new UsageError(`unknown format "${format}"; choose one of ${Object.keys(all).join(', ')}`);
  const color = args.color ?? (io.isTTY && !args.output && !io.env.NO_COLOR);
  const text = render(report, { root, color, verbose: Boolean(args.verbose) });
  if (args.output) {
    const file = resolve(io.cwd, args.output);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    const s = summarize(report);
    const n = Object.values(s.fail).reduce((a, b) => a + b, 0);
    io.stderr(`flightcheck: wrote ${format} report to ${args.output} (${n} failing finding${n === 1 ? '' : 's'}, ${s.suppressed} suppressed${s.errors ? `, ${s.errors} check(s) could not run` : ''})\n`);
  } else io.stdout(text);
  if (outcome.exitCode !== undefined) return outcome.exitCode;
  // each check by its own threshold: --fail-on, else checks.<name>.failOn, else the check's default, else failOn
  const verdicts = judgeReport(report, (check) => (check === 'policy' ? (args.failOn ?? wp.policy.failOn) : resolveFailOn(wp.policy, check, args.failOn)));
  return verdicts.some((v) => v.failed) ? 1 : 0;
}
