import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTool, registerTempDir, runTool, unregisterTempDir, toolVersion, type Notice, type Tool, type ToolSpec } from '@flightcheck/core';
import { buildTrivyArgs, type TrivyScanOptions } from './args.js';
import { mapTrivyReport, parseTrivyReport } from './map.js';
import type { Finding } from '@flightcheck/core';

export const TRIVY: ToolSpec = {
  name: 'trivy',
  installHint: 'install trivy (see its documentation), set FLIGHTCHECK_TRIVY to its path, or use --engine builtin',
  versionArgs: ['--version'],
};

/** What to scan and how (as for the command line), plus how to run the process; the ignore file is ours. */
export interface TrivyRunOptions extends Omit<TrivyScanOptions, 'ignoreFile' | 'timeout' | 'scanners'> {
  /** Whole-run limit; trivy's own --timeout is set a little below it. Default 10 min. */
  timeoutMs?: number;
  trivyPath?: string;
  env?: Record<string, string | undefined>;
}

export interface TrivyOutcome {
  engineVersion: string;
  findings: Finding[];
  notices: Notice[];
}

export async function findTrivy(opts: { trivyPath?: string; env?: Record<string, string | undefined> }): Promise<Tool> {
  const path = opts.trivyPath ?? opts.env?.FLIGHTCHECK_TRIVY;
  return findTool(path ? { ...TRIVY, path } : TRIVY);
}

/** Runs `trivy image` with a timeout and bounded output and maps its JSON report; throws on any failure. */
export async function runTrivy(opts: TrivyRunOptions): Promise<TrivyOutcome> {
  const tool = await findTrivy(opts);
  const engineVersion = await toolVersion(tool, ['--version']);
  const timeoutMs = opts.timeoutMs ?? 10 * 60_000;
  // flightcheck applies .trivyignore(.yaml) itself (suppressed findings stay visible), so trivy gets an empty one.
  const dir = mkdtempSync(join(tmpdir(), 'flightcheck-trivy-'));
  registerTempDir(dir);
  const ignoreFile = join(dir, 'empty.trivyignore');
  writeFileSync(ignoreFile, '');
  try {
    const args = buildTrivyArgs({
      ...(opts.image ? { image: opts.image } : { archive: opts.archive! }),
      ignoreFile,
      ...(opts.severities ? { severities: opts.severities } : {}),
      ...(opts.ignoreUnfixed ? { ignoreUnfixed: true } : {}),
      ...(opts.skipDbUpdate ? { skipDbUpdate: true } : {}),
      ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}),
      timeout: `${Math.max(1, Math.floor((timeoutMs * 0.9) / 1000))}s`,
    });
    const run = await runTool(tool, args, { timeoutMs, maxOutputBytes: 256 << 20, ...(opts.env ? { env: opts.env } : {}) });
    if (run.code !== 0) {
      const tail = run.stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 600);
      throw new TrivyRunError(`trivy exited ${run.code}${tail ? `: ${tail}` : ''}`);
    }
    const { findings, notices } = mapTrivyReport(parseTrivyReport(run.stdout));
    return { engineVersion, findings, notices };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    unregisterTempDir(dir);
  }
}

export class TrivyRunError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrivyRunError';
  }
}
