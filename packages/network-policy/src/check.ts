import { readFileSync } from 'node:fs';
import { createReport, findUp, FlightcheckError, POLICY_FILE, runRules, type CheckOutcome, type CommandIO, type Report, type Result } from '@flightcheck/core';
import { loadTopology } from './analyze.js';
import type { NetworkPolicyArgs } from './cli.js';
import { connectivitySvg } from './graph.js';
import { buildGateSubject, type GateSubject } from './gate/subject.js';
import { loadIntent } from './intent/intent.js';
import { ALL_RULES } from './rules/index.js';
import { resolve } from 'node:path';

export const CHECK = 'network-policy';

export interface CheckRequest {
  paths: string[];
  cwd: string;
  /** flightcheck.yaml; found upwards from cwd when not given. */
  policyFile?: string;
}

export interface CheckRun {
  report: Report;
  subject: GateSubject;
}

let version: string | undefined;
function engineVersion(): string {
  try {
    version ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    version = '0.0.0';
  }
  return version;
}

/** Runs the gate: connectivity of the manifests held against checks.network-policy of flightcheck.yaml. */
export function runNetworkPolicyCheck(req: CheckRequest): CheckRun {
  const policyFile = req.policyFile ? resolve(req.cwd, req.policyFile) : findUp(POLICY_FILE, req.cwd);
  const intent = loadIntent(policyFile);
  const { loaded, topology } = loadTopology(req.paths, req.cwd);
  const subject = buildGateSubject(loaded, topology, intent);
  const findings = runRules(ALL_RULES as never[], subject, { file: req.paths[0] ?? '.' });
  const result: Result = {
    check: CHECK,
    target: req.paths.join(' '),
    engine: 'builtin',
    engineVersion: engineVersion(),
    findings,
    notices: [
      { level: 'info', message: `${subject.own.length} workloads, ${topology.policies.length} NetworkPolicies, ${topology.admin.length + (topology.baseline ? 1 : 0)} admin policies, ${subject.analysis.connectivity.count} allowed connections${intent.flows ? `, ${intent.flows.length} intended flows` : ', no intent declared (checks.network-policy.intent)'}` },
    ],
  };
  return { report: createReport([result]), subject };
}

/** Adds the connectivity graph (SVG) to the result, for the html report. */
export async function withGraph(run: CheckRun): Promise<Report> {
  const result = run.report.results[0]!;
  result.artifacts = [await connectivitySvg(run.subject.analysis.connectivity.connections)];
  return run.report;
}

/** Like runNetworkPolicyCheck (with the graph), but a check that cannot run is a result with an error (fail closed). */
export async function runNetworkPolicyCheckSafely(req: CheckRequest): Promise<Report> {
  try {
    return await withGraph(runNetworkPolicyCheck(req));
  } catch (e) {
    const message = e instanceof FlightcheckError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    return createReport([{ check: CHECK, target: req.paths.join(' '), engine: 'builtin', findings: [], error: message }]);
  }
}

/** `flightcheck network-policy check PATHS`: the gate's findings in any core format. */
export async function runCheckCommand(args: NetworkPolicyArgs & { config?: string }, io: CommandIO): Promise<CheckOutcome> {
  const paths = args.paths ?? [];
  if (!paths.length) paths.push('.');
  const run = runNetworkPolicyCheck({ paths, cwd: io.cwd, ...(args.config ? { policyFile: args.config } : {}) });
  return { report: args.format === 'html' ? await withGraph(run) : run.report };
}
