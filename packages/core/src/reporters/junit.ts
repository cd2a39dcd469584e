import type { Reporter } from './types.js';
import { displayPath } from './util.js';

export function escapeXml(s: string): string {
  // Characters not allowed in XML 1.0 are dropped; markup characters escaped.
  return s
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** One testsuite per result, one testcase per finding; a check that could not run is an error. */
export const junit: Reporter = (report, options = {}) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  for (const r of report.results) {
    const target = displayPath(r.target, options.root);
    const cases: string[] = [];
    let f = 0;
    let s = 0;
    for (const x of r.findings) {
      const loc = x.location ? `${displayPath(x.location.file, options.root)}${x.location.line ? `:${x.location.line}` : ''}` : target;
      const obj = x.object?.name ? ` ${x.object.kind ?? ''}/${x.object.name}` : '';
      const name = escapeXml(`${x.ruleId} ${loc}${obj}`);
      const cls = escapeXml(`${r.check}.${x.ruleId}`);
      if (x.status === 'fail') {
        f++;
        cases.push(`    <testcase name="${name}" classname="${cls}"><failure type="${x.severity}" message="${escapeXml(x.message)}">${escapeXml(`${x.severity.toUpperCase()} ${x.ruleId} ${loc}${obj}: ${x.message}${x.resolution ? `\n${x.resolution}` : ''}`)}</failure></testcase>`);
      } else if (x.status === 'suppressed') {
        s++;
        cases.push(`    <testcase name="${name}" classname="${cls}"><skipped message="${escapeXml(`suppressed (${x.suppression?.source ?? ''}): ${x.suppression?.justification ?? ''}`)}"/></testcase>`);
      } else {
        cases.push(`    <testcase name="${name}" classname="${cls}"/>`);
      }
    }
    let e = 0;
    if (r.error) {
      e = 1;
      cases.push(`    <testcase name="${escapeXml(`${r.check} ${target}`)}" classname="${escapeXml(r.check)}"><error message="${escapeXml(r.error)}"/></testcase>`);
    }
    if (!cases.length) cases.push(`    <testcase name="${escapeXml(`${r.check} ${target}`)}" classname="${escapeXml(r.check)}"/>`);
    const n = Math.max(1, r.findings.length + e);
    tests += n;
    failures += f;
    errors += e;
    skipped += s;
    suites.push(`  <testsuite name="${escapeXml(`${r.check} ${target}`)}" tests="${n}" failures="${f}" errors="${e}" skipped="${s}">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="flightcheck" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}">\n${suites.join('\n')}\n</testsuites>\n`;
};
