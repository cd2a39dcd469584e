import { join, relative, resolve } from 'node:path';
import { applyWaivers, defineCommand, expandInputPaths, type ExpandInputOptions, loadWaivers, loadWorkspacePolicy, mergeReports, parseReport, readTextInput, UsageError, type Report } from '@flightcheck/core';
import { workspaceRoot } from './output.js';

const MAX_REPORT_BYTES = 256 << 20;
const MAX_FILES = 10_000;
const MAX_DEPTH = 8;

/** Reports beneath a directory: `*.json`, at most MAX_DEPTH levels and MAX_FILES files (more is an error, never a quiet cut), no symlinks followed. */
const REPORT_FILES: Omit<ExpandInputOptions, 'cwd'> = {
  match: (name) => name.endsWith('.json'),
  skipDir: () => false,
  compare: (a, b) => a.localeCompare(b),
  maxFiles: MAX_FILES,
  maxDepth: MAX_DEPTH,
};

/** Every `*.json` report under a directory (bounded walk, no symlinks followed). */
export function collectReportFiles(dir: string): string[] {
  return expandInputPaths([dir], { ...REPORT_FILES, cwd: dir });
}

interface ReportArgs {
  files?: string[];
  waivers?: string;
}

/** One `policy` result for the run: the same waiver finding reported by several tasks is kept once. */
export function dedupePolicyFindings(report: Report): Report {
  const seen = new Set<string>();
  const results = report.results.flatMap((r) => {
    if (r.check !== 'policy') return [r];
    const findings = r.findings.filter((f) => {
      const key = `${f.ruleId}\u0000${f.location?.file}\u0000${f.location?.line}\u0000${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return findings.length ? [{ ...r, findings }] : [];
  });
  return { ...report, results };
}

/**
 * True when a JSON text claims to be a flightcheck report (well-formed or not): an object with `results` or
 * `tool`. Other records of a run have a `schemaVersion` of their own but neither (image.json, and the
 * signing record signature.json, whose schemaVersion is the string "1").
 */
export function isReportLike(text: string): boolean {
  try {
    const data = JSON.parse(text) as unknown;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
    return 'results' in data || 'tool' in data;
  } catch {
    return true; // not JSON at all: let parseReport say so, with the file
  }
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
    const files = expandInputPaths(inputs, {
      ...REPORT_FILES,
      cwd: io.cwd,
      messages: { missing: args.files?.length ? 'no such file or directory' : 'no reports found: run `nx run-many -t security` first' },
    });
    if (!files.length) throw new UsageError(`no JSON reports under ${inputs.join(', ')}`);
    const named = new Set(inputs);
    const reports: Report[] = [];
    const other: string[] = [];
    for (const f of files) {
      const text = readTextInput(f, { maxBytes: MAX_REPORT_BYTES });
      // A folder of a run also holds other JSON records (image.json, signature.json): those are passed over,
      // and said so; a file named on the command line, or anything that claims to be a report, must parse.
      if (!named.has(f) && !isReportLike(text)) {
        other.push(relative(io.cwd, f));
        continue;
      }
      reports.push(parseReport(text, f));
    }
    if (!reports.length) throw new UsageError(`no flightcheck reports under ${inputs.join(', ')} (only other JSON files: ${other.join(', ')})`);
    io.stderr(`flightcheck: merged ${reports.length} report${reports.length === 1 ? '' : 's'}${other.length ? `; passed over ${other.length} JSON file${other.length === 1 ? '' : 's'} that ${other.length === 1 ? 'is' : 'are'} not a report: ${other.join(', ')}` : ''}\n`);
    // Over the whole run a waiver that matched nothing is stale (an info finding); the per-task reports already
    // carry expired waivers, once per task: keep one of each.
    const merged = dedupePolicyFindings(mergeReports(reports));
    const wp = loadWorkspacePolicy(root, args.waivers ? resolve(io.cwd, args.waivers) : undefined);
    const report = wp.waiversFile ? applyWaivers(merged, loadWaivers(wp.waiversFile), { file: wp.waiversFile, root, reportStale: true, reportExpired: false }) : merged;
    return { report, noWaivers: true };
  },
});
