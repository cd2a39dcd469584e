import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { createReport, FlightcheckError, UsageError, type Notice, type Report, type Result } from '@flightcheck/core';
import type { ManifestProblem } from '@flightcheck/k8s';
import { kubeScoreAvailable, scoreEachWithKubeScore } from './adapter/kube-score.js';
import { scoreWithBuiltin } from './builtin.js';
import type { ScoredObject } from './engine/types.js';
import { expandPaths, STDIN } from './inputs.js';
import { toScoreOptions, type KubeScoreFlags } from './options.js';
import { buildResult, duplicatesNotice, emptyInputNotice, passedOverNotice, untypedNotice } from './to-report.js';

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
  /** Files (or objects) that could not be read: each is also an error result of the report. */
  problems: ManifestProblem[];
}

/** One error result per input that could not be read or parsed: the run fails closed, the others are scored. */
export function problemResults(problems: readonly ManifestProblem[], engineVersion?: string, cwd?: string, engine: 'builtin' | 'kube-score' = 'builtin'): Result[] {
  return problems.map((p) => ({ ...p, file: cwd ? shortPath(p.file, cwd) : p.file })).map((p) => ({
    check: 'compliance',
    target: p.file,
    engine,
    ...(engineVersion ? { engineVersion } : {}),
    findings: [],
    error: `${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason}`,
  }));
}

const noStdin = async () => {
  throw new Error('standard input is not available here');
};

/** Runs the compliance check: picks the engine, scores, maps to the finding model. */
export async function runCompliance(req: ComplianceRequest): Promise<ComplianceOutcome> {
  const engine = req.engine ?? 'auto';
  if (!ENGINES.includes(engine)) throw new UsageError(`unknown engine "${String(engine)}"; choose one of ${ENGINES.join(', ')}`);
  const options = toScoreOptions(req);
  const readStdin = req.readStdin ?? noStdin;
  const target = req.paths.join(' ');
  const notices: Notice[] = [];
  const useTool = engine === 'kube-score' || (engine === 'auto' && (await kubeScoreAvailable(req.env)));
  if (useTool) {
    const files = expandPaths(req.paths, req.cwd);
    const stdin = files.includes(STDIN) ? await readStdin(32 << 20) : undefined;
    // a file kube-score cannot score within its bounds is an error result on that file; the others are scored
    const out = await scoreEachWithKubeScore(files, options, { ...(req.env ? { env: req.env } : {}), ...(stdin !== undefined ? { stdin } : {}) });
    const result = buildResult(target, 'kube-score', out.scored, { includePassing: req.includePassing, ...(out.version ? { engineVersion: out.version } : {}), notices });
    const problems = problemResults(out.problems, out.version, req.cwd, 'kube-score');
    return { report: createReport([result, ...problems]), scored: out.scored, engine: 'kube-score', problems: out.problems };
  }
  if (engine === 'auto') notices.push({ level: 'info', message: 'kube-score is not on PATH: the built-in engine ran' });
  // the model expands each path itself: a path that does not exist is one problem, not the end of the run
  if (!req.paths.length) expandPaths(req.paths, req.cwd); // the usage error for no path at all
  const out = await scoreWithBuiltin(req.paths, options, readStdin, req.cwd);
  for (const n of [passedOverNotice(out.passedOver), untypedNotice(out.parsed.passedOver), emptyInputNotice(out.parsed.empty.map((f) => shortPath(f, req.cwd))), duplicatesNotice(out.parsed.objects.map((o) => ({ ...o, file: shortPath(o.file, req.cwd) })))]) if (n) notices.push(n);
  const result = buildResult(target, 'builtin', out.scored, { includePassing: req.includePassing, engineVersion: builtinVersion(), notices });
  const problems = problemResults(out.parsed.problems, builtinVersion(), req.cwd);
  return { report: createReport([result, ...problems]), scored: out.scored, engine: 'builtin', problems: out.parsed.problems };
}

/** A path under cwd as relative, others as they are. */
function shortPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
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
