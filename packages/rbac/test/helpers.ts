import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flightcheckCli, reportFindings, type CliRun } from '@flightcheck/core/testing';

export const workspace = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Runs the built CLI (build first: npm run build) in `cwd`. */
const run = flightcheckCli(workspace);
export const cli = (args: string[], cwd: string): Promise<CliRun> => run(args, { cwd });

/** A copy of the shipped Airflow manifests and the workspace policy (its checks.rbac.needs) in a temporary folder. */
export function airflowCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fc-rbac-it-'));
  cpSync(join(workspace, 'manifests', 'airflow'), join(dir, 'airflow'), { recursive: true });
  cpSync(join(workspace, 'flightcheck.yaml'), join(dir, 'flightcheck.yaml'));
  return dir;
}

export interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  location?: { file: string; line?: number };
  resolution?: string;
}

export const findings = (run: CliRun): JsonFinding[] => reportFindings<JsonFinding>(run.stdout);
