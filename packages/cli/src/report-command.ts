import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineCommand, InputError, mergeReports, parseReport, readTextInput, UsageError, type Report } from '@flightcheck/core';
import { workspaceRoot } from './output.js';

const MAX_REPORT_BYTES = 256 << 20;
const MAX_FILES = 10_000;

/** Every `*.json` report under a directory (bounded walk, no symlinks followed). */
export function collectReportFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    if (depth > 8 || out.length >= MAX_FILES) return;
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else if (e.isFile() && e.name.endsWith('.json')) out.push(p);
    }
  };
  walk(dir, 0);
  return out;
}

interface ReportArgs {
  files?: string[];
}

/** `flightcheck report`: merges the per-task JSON reports of a run into one report. */
export const reportCommand = defineCommand<ReportArgs>({
  command: 'report [files..]',
  describe: 'Merge the JSON reports of a run (default: dist/flightcheck/**/*.json) into one SARIF, JUnit, Markdown, HTML or text report',
  builder: (y) =>
    y
      .positional('files', { type: 'string', array: true, describe: 'report files or directories (default: dist/flightcheck)' })
      .example('$0 report --format sarif --output flightcheck.sarif', 'one SARIF file for code scanning')
      .example('$0 report --format markdown >> "$GITHUB_STEP_SUMMARY"', 'a CI step summary'),
  async run(args, io) {
    const root = workspaceRoot(io.cwd);
    const inputs = args.files?.length ? args.files.map((f) => resolve(io.cwd, f)) : [join(root, 'dist', 'flightcheck')];
    const files: string[] = [];
    for (const input of inputs) {
      let st;
      try {
        st = statSync(input);
      } catch {
        throw new InputError(input, args.files?.length ? 'no such file or directory' : 'no reports found: run `nx run-many -t security` first');
      }
      files.push(...(st.isDirectory() ? collectReportFiles(input) : [input]));
    }
    if (!files.length) throw new UsageError(`no JSON reports under ${inputs.join(', ')}`);
    const reports: Report[] = files.map((f) => parseReport(readTextInput(f, { maxBytes: MAX_REPORT_BYTES }), f));
    io.stderr(`flightcheck: merged ${files.length} report${files.length === 1 ? '' : 's'}\n`);
    return { report: mergeReports(reports), noWaivers: true };
  },
});
