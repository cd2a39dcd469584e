import { diffLineText, type DiffLine } from '../engine/diff.js';

/** np-guard's txt diff: a header, then one line per changed pair; nothing at all when nothing changed. */
export function renderDiffNpGuardTxt(lines: readonly DiffLine[]): string {
  if (!lines.length) return '';
  return `Connectivity diff:\n${lines.map((l) => `${diffLineText(l)}\n`).join('')}`;
}

export function renderDiffNpGuardJson(lines: readonly DiffLine[]): string {
  return `${JSON.stringify(
    lines.map((l) => ({ 'diff-type': l.type, source: l.src, destination: l.dst, ref1: l.base, ref2: l.head, 'workloads-diff-info': l.workloadsInfo ?? '' })),
    null,
    2,
  )}\n`;
}

export function renderDiffJson(lines: readonly DiffLine[]): string {
  return `${JSON.stringify({ changes: lines.map((l) => ({ type: l.type, source: l.src, destination: l.dst, base: l.base, head: l.head, ...(l.workloadsInfo ? { workloads: l.workloadsInfo } : {}) })) }, null, 2)}\n`;
}

export function renderDiffText(lines: readonly DiffLine[]): string {
  if (!lines.length) return 'No change in connectivity.\n';
  const sign = { added: '+', removed: '-', changed: '~' } as const;
  return `${lines.map((l) => `${sign[l.type]} ${l.src} → ${l.dst}: ${l.type === 'added' ? l.head : l.type === 'removed' ? l.base : `${l.base} ⇒ ${l.head}`}${l.workloadsInfo ? ` (${l.workloadsInfo})` : ''}`).join('\n')}\n`;
}

const md = (s: string): string => s.replace(/[|\\`*_[\]<>]/g, (c) => `\\${c}`);

/** A pull-request comment: a summary line and one table row per change. */
export function renderDiffMarkdown(lines: readonly DiffLine[]): string {
  if (!lines.length) return '### Network connectivity\n\nNo change in the connections the network policies allow.\n';
  const n = (t: string) => lines.filter((l) => l.type === t).length;
  const out = ['### Network connectivity', '', `${n('added')} added, ${n('removed')} removed, ${n('changed')} changed.`, '', '| change | source | destination | before | after |', '| --- | --- | --- | --- | --- |'];
  for (const l of lines) out.push(`| ${l.type} | ${md(l.src)} | ${md(l.dst)} | ${md(l.base)} | ${md(l.head)}${l.workloadsInfo ? ` (${md(l.workloadsInfo)})` : ''} |`);
  return `${out.join('\n')}\n`;
}

const csvCell = (s: string): string => (/[",\n\r]/.test(s) || /^[=+\-@\t]/.test(s) ? `"${s.replace(/^([=+\-@\t])/, "'$1").replace(/"/g, '""')}"` : s);

export function renderDiffCsv(lines: readonly DiffLine[]): string {
  const rows = [['type', 'source', 'destination', 'base', 'head', 'workloads'], ...lines.map((l) => [l.type, l.src, l.dst, l.base, l.head, l.workloadsInfo ?? ''])];
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}

export function renderDiff(lines: readonly DiffLine[], format: string): string {
  switch (format) {
    case 'np-guard-txt':
      return renderDiffNpGuardTxt(lines);
    case 'np-guard-json':
      return renderDiffNpGuardJson(lines);
    case 'json':
      return renderDiffJson(lines);
    case 'markdown':
      return renderDiffMarkdown(lines);
    case 'csv':
      return renderDiffCsv(lines);
    default:
      return renderDiffText(lines);
  }
}
