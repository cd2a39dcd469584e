import { findTool, hasTool, runTool, toolVersion, ToolFailedError, type Tool, type ToolSpec } from '@flightcheck/core';
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
    timeoutMs: opts.timeoutMs ?? 5 * 60_000,
    maxOutputBytes: 256 << 20,
    ...(opts.stdin !== undefined ? { input: opts.stdin } : {}),
  });
  if (run.code !== 0 && run.code !== 1) throw new ToolFailedError(tool.name, run.code, run.stderr);
  const text = run.stdout.trim();
  if (!text.startsWith('[')) throw new ToolFailedError(tool.name, run.code, run.stderr || run.stdout || 'no JSON output');
  return { scored: parseKubeScoreJson(text, 'kube-score output'), version };
}
