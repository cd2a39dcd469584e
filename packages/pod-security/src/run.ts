import { dirname } from 'node:path';
import { createReport, findUp, FlightcheckError, loadWorkspacePolicy, POLICY_FILE, UsageError, type Notice, type Report, type Result } from '@flightcheck/core';
import { toPodSecurityConfig } from './admission/config.js';
import { requireLevel, requireVersion, LIBRARY_VERSION, type Level, type PolicyVersion } from './engine/versions.js';
import { collectingSink } from './collect.js';
import { decide } from './judge.js';
import { loadManifests } from './manifests.js';

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
  const { sink, parts, embeddedProblems } = collectingSink(config);
  const loaded = await loadManifests(req.paths, { cwd: req.cwd, recordPositions: true, sink, ...(req.readStdin ? { readStdin: req.readStdin } : {}) });
  const target = req.paths.join(' ');
  const results: Result[] = loaded.problems.map((p) => ({ check: CHECK, target: p.file, engine: 'builtin', findings: [], error: `${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason}` }));
  for (const p of embeddedProblems) {
    results.push({ check: CHECK, target: p.object.file, engine: 'builtin', findings: [], error: `${p.object.file}:${p.line}: ConfigMap ${p.object.metadata.namespace ?? 'default'}/${p.object.metadata.name ?? '?'} key ${p.key}: the pod template does not parse: ${p.reason}` });
  }
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
