import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const workspace = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const cliBin = join(workspace, 'packages', 'cli', 'bin', 'flightcheck.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (build first: npm run build). */
export function cli(args: string[], cwd: string): CliRun {
  const r = spawnSync(process.execPath, [cliBin, ...args], { cwd, encoding: 'utf8', timeout: 240_000, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

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

export function findings(run: CliRun): JsonFinding[] {
  const report = JSON.parse(run.stdout) as { results: { findings: JsonFinding[]; error?: string }[] };
  return report.results.flatMap((r) => r.findings);
}
