import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './errors.js';
import { judgeReport, resolveFailOn, type CheckVerdict, type FailOn } from './fail-on.js';
import type { Report } from './model.js';
import { applyWaivers, loadPolicy, loadWaivers, POLICY_FILE, WAIVERS_FILE, type Policy } from './policy.js';
import { reporters, type CoreFormat } from './reporters/index.js';
import { isProfile, resolveProfile, STAND_INS } from './profile.js';
import { configureToolLimits } from './tool-runner.js';
import { verdictLine } from './verdict.js';

export interface WorkspacePolicy {
  policy: Policy;
  waiversFile?: string;
}

/**
 * Reads `flightcheck.yaml` and the waiver file from a workspace root (both optional), or the files named
 * explicitly (which must exist).
 */
export function loadWorkspacePolicy(root: string, waiversOverride?: string, policyOverride?: string): WorkspacePolicy {
  if (policyOverride && !existsSync(policyOverride)) throw new ConfigError(policyOverride, 'no such policy file');
  if (waiversOverride && !existsSync(waiversOverride)) throw new ConfigError(waiversOverride, 'no such waiver file');
  const policyFile = policyOverride ?? join(root, POLICY_FILE);
  const policy = loadPolicy(existsSync(policyFile) ? policyFile : undefined);
  // the bounds of every tool this task starts from here on
  configureToolLimits(policy.tools ?? { all: {}, byTool: {} });
  const waiversFile = waiversOverride ?? policy.waiversFile ?? join(root, WAIVERS_FILE);
  return existsSync(waiversFile) ? { policy, waiversFile } : { policy };
}

/** Applies the workspace's waivers to a report. */
export function applyWorkspaceWaivers(report: Report, root: string, wp: WorkspacePolicy, now?: Date): Report {
  if (!wp.waiversFile) return report;
  return applyWaivers(report, loadWaivers(wp.waiversFile), { file: wp.waiversFile, root, ...(now ? { now } : {}) });
}

export interface TaskOptions {
  root: string;
  projectName: string;
  targetName: string;
  /** The threshold given explicitly (the target's `failOn` option): beats flightcheck.yaml. */
  failOn?: FailOn;
  /** The threshold the check's own tool configuration sets (hadolint's `failure-threshold`), if any. */
  toolFailOn?: FailOn;
  /**
   * Set by the `security` target (it forwards `deferVerdict: true` to its checks): the task writes its
   * verdict into its JSON report and succeeds, and `security` fails on it. Nx skips a task whose
   * dependency failed and then exits 130 instead of 1; a check that always completes keeps the exit code 1.
   */
  deferVerdict?: boolean;
  /** Report files written beside the JSON one. */
  formats?: CoreFormat[];
  /** Where report files go; default `dist/flightcheck/<project>`. */
  outputDir?: string;
  log?: (text: string) => void;
  /** Where the profile is read from (default process.env: Nx's NX_TASK_TARGET_CONFIGURATION, FLIGHTCHECK_PROFILE). */
  env?: Record<string, string | undefined>;
}

/**
 * Says in the report which profile ran and what stood in for what: the task's Nx configuration when it
 * is named after a profile (`nx run-many -t security -c local`), else FLIGHTCHECK_PROFILE, else
 * flightcheck.yaml `profile`, else `release`. An unknown profile is a result that could not run.
 */
export function stampProfile(report: Report, wp: WorkspacePolicy, env: Record<string, string | undefined>): Report {
  const configuration = env.NX_TASK_TARGET_CONFIGURATION;
  try {
    const { profile } = resolveProfile({ ...(isProfile(configuration) ? { explicit: configuration } : {}), env, ...(wp.policy.profile ? { policyProfile: wp.policy.profile } : {}) });
    return { ...report, profile, standIns: STAND_INS[profile] };
  } catch (e) {
    return { ...report, results: [...report.results, { check: 'profile', target: 'FLIGHTCHECK_PROFILE', engine: 'builtin', findings: [], error: (e as Error).message }] };
  }
}

export interface TaskOutcome {
  success: boolean;
  /** Whether the check passed by its threshold (also when the verdict is deferred to `security`). */
  passed: boolean;
  report: Report;
  files: string[];
  verdicts: CheckVerdict[];
}

/**
 * The end of every executor: waivers, report files under dist/flightcheck/<project>/, a text summary,
 * and `{ success }` from the policy's threshold. A check that could not run fails (closed).
 */
export function completeTask(report: Report, opts: TaskOptions): TaskOutcome {
  const wp = loadWorkspacePolicy(opts.root);
  const waived = applyWorkspaceWaivers(report, opts.root, wp);
  const verdicts = judgeReport(waived, (check) => (check === 'policy' ? wp.policy.failOn : resolveFailOn(wp.policy, check, opts.failOn, opts.toolFailOn)));
  const passed = verdicts.every((v) => !v.failed);
  const final: Report = stampProfile({ ...waived, verdict: { passed, checks: verdicts } }, wp, opts.env ?? process.env);
  const dir = opts.outputDir ?? join(opts.root, 'dist', 'flightcheck', opts.projectName);
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const format of new Set<CoreFormat>(['json', ...(opts.formats ?? ['sarif'])])) {
    const ext = format === 'markdown' ? 'md' : format === 'junit' ? 'junit.xml' : format === 'text' ? 'txt' : format;
    const file = join(dir, `${opts.targetName}.${ext}`);
    writeFileSync(file, reporters[format](final, { root: opts.root }));
    files.push(file);
  }
  const log = opts.log ?? ((t: string) => process.stdout.write(t));
  log(reporters.text(final, { root: opts.root, color: Boolean(process.stdout.isTTY) }));
  log(`${verdictLine(`${opts.projectName}:${opts.targetName}`, final)}${!passed && opts.deferVerdict ? ` (the verdict is ${opts.projectName}:security's)` : ''}\n`);
  return { success: passed || Boolean(opts.deferVerdict), passed, report: final, files, verdicts };
}
