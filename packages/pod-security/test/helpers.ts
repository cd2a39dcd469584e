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

/** Runs the built CLI (build first: npx tsc -b tsconfig.build.json). */
export function cli(args: string[], opts: { input?: string; cwd?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [cliBin, ...args], { input: opts.input ?? '', cwd: opts.cwd ?? workspace, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the shipped manifests in a folder of its own (no flightcheck.yaml above it). */
export function copyShipped(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fc-pss-'));
  cpSync(join(workspace, 'manifests', 'airflow'), join(dir, 'airflow'), { recursive: true });
  return dir;
}

export interface JsonFinding {
  ruleId: string;
  severity: string;
  status: string;
  message: string;
  location?: { file: string; line?: number };
  object?: { kind?: string; namespace?: string; name?: string };
}

export function findings(stdout: string): JsonFinding[] {
  const report = JSON.parse(stdout) as { results: { findings: JsonFinding[] }[] };
  return report.results.flatMap((r) => r.findings);
}
