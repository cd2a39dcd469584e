import { dirname } from 'node:path';
import { createReport, findUp, FlightcheckError, loadWorkspacePolicy, POLICY_FILE, UsageError, type Notice, type Report, type Result } from '@flightcheck/core';
import { toPodSecurityConfig } from './admission/config.js';
import { requireLevel, requireVersion, LIBRARY_VERSION, type Level, type PolicyVersion } from './engine/versions.js';
import { collectingSink } from './collect.js';
import { decide } from './judge.js';
import { loadManifests, type LoadedManifests } from './manifests.js';
import { parallelReading, type PoolOptions } from './parallel.js';

export const CHECK = 'pod-security';

export interface PodSecurityRequest {
  paths: string[];
  cwd: string;
  /** Judge every object at this level (and `pssVersion`, default latest) instead of by namespace. */
  level?: string;
  pssVersion?: string;
  /** The policy file (flightcheck.yaml); default: found upwards from cwd. */
  config?: string;
  /** An AdmissionConfiguration or PodSecurityConfiguration file (overrides checks.pod-security.admissionConfiguration). */
  admissionConfig?: string;
  summaries?: boolean;
  readStdin?: (max: number) => Promise<string>;
  /** Threads to read a large file with (undefined = automatic; 1 = this one only). The report does not depend on it. */
  jobs?: number;
  /** The worker threads' script and heap bounds (tests). */
  workers?: PoolOptions;
}

/** The explicit level and version of a request, validated (usage errors for unknown ones). */
export function explicitLevel(req: Pick<PodSecurityRequest, 'level' | 'pssVersion'>): { level?: Level; version?: PolicyVersion } {
  if (req.level === undefined) {
    if (req.pssVersion !== undefined) throw new UsageError('--pss-version needs --level (without them, each namespace\'s labels decide)');
    return {};
  }
  return { level: requireLevel(req.level), version: requireVersion(req.pssVersion ?? 'latest') };
}

/** Loads the manifests and judges them as admission would; input problems become error results (fail closed). */
export async function runPodSecurity(req: PodSecurityRequest): Promise<Report> {
  if (!req.paths.length) throw new UsageError('no files given: name manifest files, directories, or - for standard input');
  const explicit = explicitLevel(req);
  const policyFile = req.config ?? findUp(POLICY_FILE, req.cwd);
  const root = policyFile ? dirname(policyFile) : req.cwd;
  const { policy } = loadWorkspacePolicy(root, undefined, policyFile);
  const config = toPodSecurityConfig(policy.checks[CHECK], policyFile ?? POLICY_FILE, root, req.admissionConfig);
  // every violating workload names its fields' lines: the reader keeps them as it reads (no second read per document);
  // each object is judged as its document is read and only its verdicts are kept (not the tree: issue 15's speed)
  // a large file is read and judged in parts on several threads (parallel.ts), with the same report as one
  const collector = collectingSink(config);
  const { parts, embeddedProblems } = collector;
  const reading = parallelReading(config, collector, req.jobs, req.workers);
  let loaded: LoadedManifests;
  try {
    loaded = await loadManifests(req.paths, { cwd: req.cwd, recordPositions: true, sink: collector.sink, parseText: reading.parseText, ...(req.readStdin ? { readStdin: req.readStdin } : {}) });
  } finally {
    await reading.close();
  }
  const target = req.paths.join(' ');
  const results: Result[] = loaded.problems.map((p) => ({ check: CHECK, target: p.file, engine: 'builtin', findings: [], error: `${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason}` }));
  for (const p of embeddedProblems) results.push({ check: CHECK, target: p.file, engine: 'builtin', findings: [], error: p.error });
  const { findings, notices } = decide(parts, { ...explicit, config, ...(req.summaries !== undefined ? { summaries: req.summaries } : {}) });
  const all: Notice[] = [];
  if (explicit.level) all.push({ level: 'info', message: `every object judged at ${explicit.level}:${req.pssVersion ?? 'latest'} (--level); namespace labels not consulted` });
  if (loaded.passedOver.length) all.push({ level: 'info', message: `${loaded.passedOver.length} document(s) passed over (not Kubernetes objects), first at ${loaded.passedOver[0]!.file}:${loaded.passedOver[0]!.line}` });
  results.unshift({ check: CHECK, target, engine: 'builtin', engineVersion: `pod-security-admission ${LIBRARY_VERSION} checks`, findings, notices: [...all, ...notices] });
  return createReport(results);
}

/** Like runPodSecurity, but a check that cannot run becomes a Result error (fail closed) instead of a throw. */
export async function runPodSecuritySafely(req: PodSecurityRequest): Promise<Report> {
  try {
    return await runPodSecurity(req);
  } catch (e) {
    const message = e instanceof FlightcheckError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    return createReport([{ check: CHECK, target: req.paths.join(' '), engine: 'builtin', findings: [], error: message }]);
  }
}
