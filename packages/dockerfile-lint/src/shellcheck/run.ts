import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTool, runTool, toolVersion, type Finding, type Tool } from '@flightcheck/core';
import { LEVEL_TO_SEVERITY, type Level } from '../rules/rule.js';
import type { ShellcheckScript } from './scripts.js';

export const SHELLCHECK = {
  name: 'shellcheck',
  installHint: 'install ShellCheck (apt-get install shellcheck) to check RUN scripts (SCxxxx rules)',
  versionArgs: ['--version'],
};

/** hadolint's ShellCheck options: these codes are excluded, every severity down to style is kept. */
export const EXCLUDED = ['2187', '1090', '1091'];
const FILES_PER_PROCESS = 400;
const LEVELS: Record<string, Level> = { error: 'error', warning: 'warning', info: 'info', style: 'style' };

interface Json1 {
  comments: { file: string; line: number; level: string; code: number; message: string }[];
}

export interface ShellcheckOutcome {
  findings: Finding[];
  tool: Tool;
  version: string;
  processes: number;
  durationMs: number;
}

export async function locateShellcheck(path?: string): Promise<Tool | undefined> {
  try {
    return await findTool({ ...SHELLCHECK, ...(path ? { path } : {}) });
  } catch {
    return undefined;
  }
}

/** Runs ShellCheck over every script, many files per process, and maps its comments to findings on the RUN lines. */
export async function runShellcheck(tool: Tool, scripts: ShellcheckScript[], timeoutMs = 120_000): Promise<ShellcheckOutcome> {
  const started = Date.now();
  const version = await toolVersion(tool, ['--version']);
  const findings: Finding[] = [];
  if (!scripts.length) return { findings, tool, version, processes: 0, durationMs: Date.now() - started };
  const dir = mkdtempSync(join(tmpdir(), 'flightcheck-sc-'));
  let processes = 0;
  try {
    const names = scripts.map((s, i) => {
      const name = join(dir, `run-${i}.sh`);
      writeFileSync(name, s.text);
      return name;
    });
    const index = new Map(names.map((n, i) => [n, scripts[i]!]));
    const batches: string[][] = [];
    for (let i = 0; i < names.length; i += FILES_PER_PROCESS) batches.push(names.slice(i, i + FILES_PER_PROCESS));
    const runs = await Promise.all(
      batches.map((batch) => {
        processes++;
        return runTool(tool, ['-f', 'json1', '-S', 'style', '-e', EXCLUDED.join(','), ...batch], { timeoutMs, okCodes: [1] });
      }),
    );
    for (const run of runs) {
      if (run.code !== 0 && run.code !== 1) throw new Error(`shellcheck failed (exit ${run.code}): ${run.stderr.trim().slice(0, 300)}`);
      const out = JSON.parse(run.stdout || '{"comments":[]}') as Json1;
      for (const c of out.comments) {
        const s = index.get(c.file);
        if (!s) continue;
        const level = LEVELS[c.level] ?? 'warning';
        findings.push({
          ruleId: `SC${c.code}`,
          severity: LEVEL_TO_SEVERITY[level],
          message: c.message,
          location: { file: s.file, line: s.line, column: 1 },
          helpUri: `https://www.shellcheck.net/wiki/SC${c.code}`,
          status: 'fail',
          properties: { level },
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { findings, tool, version, processes, durationMs: Date.now() - started };
}
