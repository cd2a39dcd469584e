// The rbac check: manifests → store → subjects → escalations (with their closure) and, when the policy
// declares needs, least privilege → findings. Fails closed: a file that cannot be read is an error result.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { createReport, FlightcheckError, findUp, loadPolicy, POLICY_FILE, runRules, type Notice, type Report } from '@flightcheck/core';
import { analyzeEscalations } from './engine/closure.js';
import { leastPrivilege } from './engine/least-privilege.js';
import { listSubjects } from './engine/subjects.js';
import { loadRbac } from './load.js';
import { needLines, readRbacConfig } from './needs.js';
import type { RbacAnalysis } from './rules/helpers/analysis.js';
import { ALL_RULES } from './rules/index.js';

export const CHECK = 'rbac';

export interface RbacRequest {
  paths: string[];
  cwd: string;
  /** flightcheck.yaml (default: found upwards from cwd). */
  policyFile?: string;
  /** Workspace root for relative paths in findings (default cwd). */
  root?: string;
}

/** Analyses the manifests (no findings filtering, no waivers). */
export async function analyzeRbac(req: RbacRequest): Promise<{ analysis: RbacAnalysis; problems: { file: string; line?: number; reason: string }[]; notices: Notice[] }> {
  const root = req.root ?? req.cwd;
  const rel = (f: string) => (isAbsolute(f) ? relative(root, f) || f : f);
  const policyFile = req.policyFile ? resolve(req.cwd, req.policyFile) : findUp(POLICY_FILE, req.cwd);
  const policy = loadPolicy(policyFile);
  const config = readRbacConfig(policy.checks.rbac, policyFile ?? POLICY_FILE, policyFile && policy.checks.rbac ? needLines(policyFile) : undefined);
  // the check judges the manifests as a cluster would hold them: with Kubernetes' default roles
  const { store, authorizer, problems } = await loadRbac(req.paths, req.cwd, { defaults: true });
  const subjects = listSubjects(store);
  const escalations = analyzeEscalations(store, authorizer, subjects, rel);
  const notices: Notice[] = [];
  const analysis: RbacAnalysis = { store, auth: authorizer, subjects, escalations, rel, ...(policyFile ? { policyFile } : {}) };
  if (config.needs) {
    analysis.needs = config.needs;
    analysis.leastPrivilege = leastPrivilege(store, authorizer, subjects, config.needs);
  } else notices.push({ level: 'warning', message: `no checks.rbac.needs in ${policyFile ? rel(policyFile) : POLICY_FILE}: least privilege was not judged (every escalation is reported)` });
  return { analysis, problems, notices };
}

export async function runRbac(req: RbacRequest): Promise<Report> {
  const target = req.paths.join(' ');
  if (!req.paths.length) return createReport([{ check: CHECK, target, engine: 'builtin', findings: [], error: 'no manifest paths given' }]);
  try {
    const { analysis, problems, notices } = await analyzeRbac(req);
    const findings = runRules(ALL_RULES, analysis, { file: target });
    notices.push(...smallestRoles(analysis));
    for (const p of problems) notices.push({ level: 'error', message: p.reason, location: { file: analysis.rel(p.file), ...(p.line ? { line: p.line } : {}) } });
    const result = { check: CHECK, target, engine: 'builtin', engineVersion: version(), findings, notices };
    // fail closed: a manifest that could not be read may hold the binding that matters
    const error = problems.length ? `${problems.length} manifest problem(s), first: ${analysis.rel(problems[0]!.file)}${problems[0]!.line ? `:${problems[0]!.line}` : ''}: ${problems[0]!.reason}` : undefined;
    return createReport([{ ...result, ...(error ? { error } : {}) }]);
  } catch (e) {
    const message = e instanceof FlightcheckError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    return createReport([{ check: CHECK, target, engine: 'builtin', findings: [], error: message }]);
  }
}

const MAX_ROLE_NOTICES = 20;

/** The smallest Role per ServiceAccount and scope granted beyond its need, for the text report (the findings carry it as their resolution). */
export function smallestRoles(a: RbacAnalysis): Notice[] {
  const seen = new Set<string>();
  const out: Notice[] = [];
  for (const b of a.leastPrivilege?.beyond ?? []) {
    const key = `${b.subject.label}\u0000${b.suggestion}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (out.length === MAX_ROLE_NOTICES) {
      out.push({ level: 'info', message: 'more ServiceAccounts hold permissions beyond their need: the smallest role for each is in the resolution of its permission-beyond-need finding' });
      break;
    }
    const yaml = b.suggestion.trimEnd().split('\n').map((l) => `      ${l}`).join('\n');
    out.push({ level: 'info', message: `the smallest role that serves the need of ${b.subject.label} (checks.rbac.needs):\n${yaml}` });
  }
  return out;
}

let v: string | undefined;
function version(): string {
  try {
    v ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    v = '0.0.0';
  }
  return v;
}
