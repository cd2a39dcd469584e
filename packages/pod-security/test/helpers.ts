import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flightcheckCli, reportFindings } from '@flightcheck/core/testing';

export const workspace = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Runs the built CLI (build first: npm run build), in the workspace unless `cwd` says otherwise. */
export const cli = flightcheckCli(workspace, { timeoutMs: 120_000 });

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

export const findings = (stdout: string): JsonFinding[] => reportFindings<JsonFinding>(stdout);
