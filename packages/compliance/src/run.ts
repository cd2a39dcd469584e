import { readFileSync } from 'node:fs';
import { createReport, FlightcheckError, UsageError, type Notice, type Report } from '@flightcheck/core';
import { kubeScoreAvailable, scoreWithKubeScore } from './adapter/kube-score.js';
import { scoreWithBuiltin } from './builtin.js';
import type { ScoredObject } from './engine/types.js';
import { expandPaths, STDIN } from './inputs.js';
import { toScoreOptions, type KubeScoreFlags } from './options.js';
import { buildResult, emptyInputNotice, passedOverNotice, untypedNotice } from './to-report.js';

export const ENGINES = ['auto', 'builtin', 'kube-score'] as const;
export type Engine = (typeof ENGINES)[number];

export interface ComplianceRequest extends KubeScoreFlags {
  paths: string[];
  cwd: string;
  engine?: Engine;
  /** Keep OK and skipped checks as `pass` findings. */
  includePassing?: boolean;
  env?: Record<string, string | undefined>;
  readStdin?: (max: number) => Promise<string>;
}

export interface ComplianceOutcome {
  report: Report;
  scored: ScoredObject[];
  engine: 'builtin' | 'kube-score';
}

const noStdin = async () => {
  throw new Error('standard input is not available here');
};

/** Runs the compliance check: picks the engine, scores, maps to the finding model. */
export async function runCompliance(req: ComplianceRequest): Promise<ComplianceOutcome> {
  const engine = req.engine ?? 'auto';
  if (!ENGINES.includes(engine)) throw new UsageError(`unknown engine "${String(engine)}"; choose one of ${ENGINES.join(', ')}`);
  const options = toScoreOptions(req);
  const files = expandPaths(req.paths, req.cwd);
  const readStdin = req.readStdin ?? noStdin;
  const target = req.paths.join(' ');
  const notices: Notice[] = [];
  const useTool = engine === 'kube-score' || (engine === 'auto' && (await kubeScoreAvailable(req.env)));
  if (useTool) {
    const stdin = files.includes(STDIN) ? await readStdin(32 << 20) : undefined;
    const out = await scoreWithKubeScore(files, options, { ...(req.env ? { env: req.env } : {}), ...(stdin !== undefined ? { stdin } : {}) });
    const result = buildResult(target, 'kube-score', out.scored, { includePassing: req.includePassing, engineVersion: out.version, notices });
    return { report: createReport([result]), scored: out.scored, engine: 'kube-score' };
  }
  if (engine === 'auto') notices.push({ level: 'info', message: 'kube-score is not on PATH: the built-in engine ran' });
  const out = await scoreWithBuiltin(files, options, readStdin, req.cwd);
  for (const n of [passedOverNotice(out.passedOver), untypedNotice(out.parsed.passedOver), emptyInputNotice(out.parsed.empty)]) if (n) notices.push(n);
  const result = buildResult(target, 'builtin', out.scored, { includePassing: req.includePassing, engineVersion: builtinVersion(), notices });
  return { report: createReport([result]), scored: out.scored, engine: 'builtin' };
}

let version: string | undefined;
function builtinVersion(): string {
  if (!version) {
    try {
      version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
      version = '0.0.0';
    }
  }
  return version;
}

/** Like runCompliance, but a check that cannot run becomes a Result error (fail closed) instead of a throw. */
export async function runComplianceSafely(req: ComplianceRequest): Promise<Report> {
  try {
    return (await runCompliance(req)).report;
  } catch (e) {
    const message = e instanceof FlightcheckError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    return createReport([{ check: 'compliance', target: req.paths.join(' '), engine: req.engine ?? 'auto', findings: [], error: message }]);
  }
}
