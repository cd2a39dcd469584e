import { summarize, SEVERITIES } from '../model.js';
import type { Reporter } from './types.js';
import { profileLine } from './text.js';
import { displayPath, sortFindings } from './util.js';

const ICON: Record<string, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', info: '⬜' };

export function escapeMarkdown(s: string): string {
  return s.replace(/[\\|`*_[\]<>]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** A CI step summary: totals, then one table per result with failing or suppressed findings. */
export const markdown: Reporter = (report, options = {}) => {
  const s = summarize(report);
  const out: string[] = ['## flightcheck', ''];
  const failing = SEVERITIES.reduce((n, k) => n + s.fail[k], 0);
  out.push(`**${failing}** failing finding${failing === 1 ? '' : 's'} · ${SEVERITIES.map((k) => `${ICON[k]} ${k}: ${s.fail[k]}`).join(' · ')} · suppressed: ${s.suppressed}${s.errors ? ` · **${s.errors} check(s) could not run**` : ''}`, '');
  if (report.profile) out.push(`_${escapeMarkdown(profileLine(report))}_`, '');
  for (const r of report.results) {
    const shown = sortFindings(r.findings.filter((f) => options.verbose || f.status !== 'pass'));
    out.push(`### ${escapeMarkdown(r.check)} — \`${displayPath(r.target, options.root).replace(/`/g, "'")}\` (${escapeMarkdown(r.engine)})`, '');
    if (r.error) out.push(`> **Could not run:** ${escapeMarkdown(r.error)}`, '');
    if (!shown.length) {
      if (!r.error) out.push('No findings.', '');
      continue;
    }
    out.push('| severity | rule | location | message | status |', '|---|---|---|---|---|');
    for (const f of shown) {
      const loc = f.location ? `${displayPath(f.location.file, options.root)}${f.location.line ? `:${f.location.line}` : ''}` : '';
      const obj = f.object?.name ? ` ${f.object.kind ?? ''}/${f.object.name}` : '';
      const status = f.status === 'suppressed' ? `suppressed: ${f.suppression?.justification ?? f.suppression?.source ?? ''}` : f.status;
      out.push(`| ${ICON[f.severity]} ${f.severity} | ${escapeMarkdown(f.ruleId)} | ${escapeMarkdown(loc + obj)} | ${escapeMarkdown(f.message)} | ${escapeMarkdown(status)} |`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
};
