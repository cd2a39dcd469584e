import { isAbsolute, relative } from 'node:path';
import { compareSeverity, type Finding, type Result } from '../model.js';

export function displayPath(file: string, root?: string): string {
  if (!root || !isAbsolute(file)) return file;
  const r = relative(root, file);
  return r.startsWith('..') ? file : r;
}

/** Findings ordered by severity, then file and line, then rule. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      compareSeverity(a.severity, b.severity) ||
      (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

export function resultLabel(r: Result): string {
  return `${r.check} · ${r.target} (${r.engine}${r.engineVersion ? ` ${r.engineVersion}` : ''})`;
}
