import { findingLocationText, summarize, SEVERITIES, type Finding } from '../model.js';
import type { Reporter } from './types.js';
import { displayPath, resultLabel, sortFindings } from './util.js';
import { suppressedCounts } from '../verdict.js';

const COLORS: Record<string, string> = { critical: '\x1b[1;31m', high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m', info: '\x1b[2m' };
const RESET = '\x1b[0m';

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** A readable table grouped by target and severity, suppressed findings counted by reason, and a one-line summary. */
export const text: Reporter = (report, options = {}) => {
  const paint = (sev: string, s: string) => (options.color ? `${COLORS[sev] ?? ''}${s}${RESET}` : s);
  const lines: string[] = [];
  for (const r of report.results) {
    // without --verbose a suppressed finding is counted by its reason, not listed (it is in every other format)
    const shown = r.findings.filter((f) => options.verbose || f.status === 'fail');
    const suppressed = options.verbose ? [] : suppressedCounts({ ...report, results: [r] });
    lines.push(`${resultLabel({ ...r, target: displayPath(r.target, options.root) })}`);
    if (r.error) lines.push(`  ${paint('critical', 'ERROR')}  the check could not run: ${r.error}`);
    for (const n of r.notices ?? []) lines.push(`  ${n.level.toUpperCase()}  ${n.location ? `${displayPath(n.location.file, options.root)}${n.location.line ? `:${n.location.line}` : ''} ` : ''}${n.message}`);
    const tally = suppressed.map((c) => `  ${paint('info', 'SUPPRESSED')}  ${c.count} × ${c.reason}`);
    if (!shown.length && !r.error) {
      lines.push(suppressed.length ? '  no failing findings' : '  no findings', ...tally);
      continue;
    }
    const rows = sortFindings(shown).map((f: Finding) => {
      const loc = findingLocationText({ ...f, ...(f.location ? { location: { ...f.location, file: displayPath(f.location.file, options.root) } } : {}) });
      const status = f.status === 'suppressed' ? `suppressed (${f.suppression?.source ?? '?'}${f.suppression?.justification ? `: ${f.suppression.justification}` : ''})` : f.status === 'pass' ? 'pass' : '';
      return { sev: f.severity, cols: [f.severity.toUpperCase(), f.ruleId, loc, f.message + (status ? `  [${status}]` : '')] };
    });
    const widths = [0, 1, 2].map((i) => Math.min(60, Math.max(...rows.map((x) => x.cols[i]!.length))));
    for (const row of rows) {
      const [sev, id, loc, msg] = row.cols as [string, string, string, string];
      lines.push(`  ${paint(row.sev, pad(sev, widths[0]!))}  ${pad(id, widths[1]!)}  ${pad(loc, widths[2]!)}  ${msg}`);
    }
    lines.push(...tally);
  }
  const s = summarize(report);
  const counts = SEVERITIES.filter((k) => s.fail[k]).map((k) => `${s.fail[k]} ${k}`);
  const total = SEVERITIES.reduce((n, k) => n + s.fail[k], 0);
  lines.push('');
  lines.push(
    `${total} finding${total === 1 ? '' : 's'}${counts.length ? ` (${counts.join(', ')})` : ''}, ${s.suppressed} suppressed` +
      `${s.errors ? `, ${s.errors} check${s.errors === 1 ? '' : 's'} could not run` : ''} in ${s.results} result${s.results === 1 ? '' : 's'}`,
  );
  if (report.profile) lines.push(profileLine(report));
  return `${lines.join('\n')}\n`;
};

/** `profile local; stand-ins: … for …` (README "Profiles"), for the text and Markdown reports. */
export function profileLine(report: { profile?: string; standIns?: { for: string; used: string }[] }): string {
  const s = report.standIns ?? [];
  return `profile ${report.profile}${s.length ? `; stand-ins: ${s.map((x) => `${x.used} for ${x.for}`).join('; ')}` : '; no stand-ins'}`;
}
