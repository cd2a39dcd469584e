import { summarize, SEVERITIES } from '../model.js';
import type { Reporter } from './types.js';
import { displayPath, sortFindings } from './util.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** An SVG to inline: only the <svg> element, and nothing that runs or loads (scripts, handlers, foreign objects, links out). */
export function safeSvg(svg: string): string {
  const start = svg.indexOf('<svg');
  const end = svg.lastIndexOf('</svg>');
  if (start < 0 || end < start) return '';
  const body = svg.slice(start, end + 6);
  if (/<script|<foreignObject|\son\w+\s*=|(?:xlink:)?href\s*=\s*["'](?!#)/i.test(body)) return '';
  return body;
}

/** A self-contained HTML page (no scripts, no external resources). */
export const html: Reporter = (report, options = {}) => {
  const s = summarize(report);
  const parts: string[] = [];
  for (const r of report.results) {
    const rows = sortFindings(r.findings.filter((f) => options.verbose || f.status !== 'pass'))
      .map((f) => {
        const loc = f.location ? `${displayPath(f.location.file, options.root)}${f.location.line ? `:${f.location.line}` : ''}` : '';
        const obj = f.object?.name ? `${f.object.kind ?? ''}/${f.object.name}` : '';
        return `<tr class="${f.severity} ${f.status}"><td>${f.severity}</td><td>${escapeHtml(f.ruleId)}</td><td>${escapeHtml(loc)}</td><td>${escapeHtml(obj)}</td><td>${escapeHtml(f.message)}</td><td>${f.status}${f.suppression ? `: ${escapeHtml(f.suppression.justification ?? f.suppression.source)}` : ''}</td></tr>`;
      })
      .join('\n');
    const figures = (r.artifacts ?? []).map((a) => `<figure>${safeSvg(a.svg)}<figcaption>${escapeHtml(a.title)}</figcaption></figure>`).join('');
    parts.push(`<h2>${escapeHtml(r.check)} — ${escapeHtml(displayPath(r.target, options.root))} <small>(${escapeHtml(r.engine)})</small></h2>${r.error ? `<p class="error">Could not run: ${escapeHtml(r.error)}</p>` : ''}${rows ? `<table><thead><tr><th>severity</th><th>rule</th><th>location</th><th>object</th><th>message</th><th>status</th></tr></thead><tbody>\n${rows}\n</tbody></table>` : '<p>No findings.</p>'}${figures}`);
  }
  const totals = SEVERITIES.map((k) => `${k}: ${s.fail[k]}`).join(' · ');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>flightcheck report</title><style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}.critical td:first-child{background:#f99}.high td:first-child{background:#fc9}.medium td:first-child{background:#ff9}.suppressed{opacity:.6}.error{color:#b00}figure svg{max-width:100%;height:auto}</style></head><body><h1>flightcheck report</h1><p>${totals} · suppressed: ${s.suppressed}${s.errors ? ` · <strong>${s.errors} check(s) could not run</strong>` : ''}</p>\n${parts.join('\n')}\n</body></html>\n`;
};
