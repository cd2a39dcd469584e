import { describeIsolatedFailure, findTool, hasTool, isolateFailures, runTool, toolVersion, ToolFailedError, type Tool, type ToolSpec } from '@flightcheck/core';
import type { ManifestProblem } from '@flightcheck/k8s';
import type { ScoreOptions, ScoredObject } from '../engine/types.js';
import { toKubeScoreArgs } from '../options.js';
import { parseKubeScoreJson } from './parse-json.js';

export const KUBE_SCORE: ToolSpec = {
  name: 'kube-score',
  installHint: 'install kube-score (https://github.com/zegl/kube-score/releases) or use --engine builtin',
  versionArgs: ['version'],
};

export function kubeScoreSpec(env: Record<string, string | undefined> = process.env): ToolSpec {
  return env.FLIGHTCHECK_KUBE_SCORE ? { ...KUBE_SCORE, path: env.FLIGHTCHECK_KUBE_SCORE } : KUBE_SCORE;
}

export async function kubeScoreAvailable(env?: Record<string, string | undefined>): Promise<boolean> {
  return hasTool(kubeScoreSpec(env));
}

export function buildKubeScoreArgs(files: readonly string[], options: ScoreOptions): string[] {
  return ['score', '--output-format', 'json', '--output-version', 'v2', ...toKubeScoreArgs(options), ...files];
}

export interface AdapterOutput {
  scored: ScoredObject[];
  version: string;
}

/**
 * Runs `kube-score score -o json` (JSON v2) and maps its output. kube-score exits 1 both for critical
 * findings and for errors, so the output decides: a JSON array is a result, anything else a failure.
 */
export async function scoreWithKubeScore(
  files: readonly string[],
  options: ScoreOptions,
  opts: { env?: Record<string, string | undefined>; stdin?: string; timeoutMs?: number } = {},
): Promise<AdapterOutput> {
  const tool: Tool = await findTool(kubeScoreSpec(opts.env));
  const version = await toolVersion(tool, ['version']).catch(() => 'unknown');
  const run = await runTool(tool, buildKubeScoreArgs(files, options), {
    timeoutMs: opts.timeoutMs ?? kubeScoreTimeout(files.length),
    maxOutputBytes: 256 << 20,
    ...(opts.stdin !== undefined ? { input: opts.stdin } : {}),
  });
  if (run.code !== 0 && run.code !== 1) throw new ToolFailedError(tool.name, run.code, run.stderr);
  const text = run.stdout.trim();
  if (!text.startsWith('[')) throw new ToolFailedError(tool.name, run.code, run.stderr || run.stdout || 'no JSON output');
  return { scored: parseKubeScoreJson(text, 'kube-score output'), version };
}

/** kube-score's wall time for a run over `files` files: 30 s, and 250 ms more for each further file, up to 5 minutes. */
export function kubeScoreTimeout(files: number): number {
  return Math.min(5 * 60_000, 30_000 + 250 * Math.max(0, files - 1));
}

export interface IsolatedKubeScoreOutput extends Partial<AdapterOutput> {
  scored: ScoredObject[];
  /** Files kube-score could not score within its bounds (or failed on): each fails closed, alone. */
  problems: ManifestProblem[];
}

/**
 * kube-score over every file in one run; when that run fails (a bound hit, kube-score failing on one file), the files
 * are split and retried until the ones kube-score cannot score alone are known: each of those is one problem (the
 * caller makes it an error result on that file), and the others are scored together, so that kube-score still
 * relates them to each other (services to pods, policies to pods). Nothing scored at all: the first error is thrown.
 */
export async function scoreEachWithKubeScore(
  files: readonly string[],
  options: ScoreOptions,
  opts: { env?: Record<string, string | undefined>; stdin?: string; timeoutMs?: number } = {},
): Promise<IsolatedKubeScoreOutput> {
  const out = await isolateFailures(files, (batch) =>
    scoreWithKubeScore(batch, options, {
      ...(opts.env ? { env: opts.env } : {}),
      ...(opts.stdin !== undefined && batch.includes('-') ? { stdin: opts.stdin } : {}),
      timeoutMs: opts.timeoutMs ?? kubeScoreTimeout(batch.length),
    }),
  );
  if (!out.result) throw out.failed[0]!.error;
  const problems = out.failed.map((f) => ({ file: f.item, reason: `not scored by kube-score: ${describeIsolatedFailure(f)}` }));
  return { ...out.result, problems };
}
