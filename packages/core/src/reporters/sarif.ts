import { isAbsolute, relative } from 'node:path';
import type { Finding, Report, Result, Severity } from '../model.js';
import type { Reporter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
/** GitHub code scanning reads `security-severity` (0–10) to rank security results. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };

/**
 * An http(s) URL in RFC 3986 syntax (SARIF's `format: uri`); a tool's help link that is not one is left out
 * rather than making the log invalid (found by tools/fuzz: `a b`, `A:`).
 */
const PCHAR = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})";
const URI = new RegExp(`^https?://[A-Za-z0-9.-]+(?::\\d+)?(?:/${PCHAR}*)*(?:\\?(?:${PCHAR}|[/?])*)?(?:#(?:${PCHAR}|[/?])*)?$`);
export function isUri(s: string): boolean {
  return s.length <= 2048 && URI.test(s);
}

function uri(file: string, root?: string): string {
  const p = root && isAbsolute(file) ? relative(root, file) : file;
  // a lone surrogate (a hostile file name) cannot be percent-encoded: it becomes U+FFFD (found by tools/fuzz)
  return p.split('\\').join('/').split('/').map((s) => encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'))).join('/');
}

function sarifResult(f: Finding, r: Result, ruleIndex: number, root?: string): Record<string, unknown> {
  const res: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.status === 'pass' ? 'none' : LEVEL[f.severity],
    kind: f.status === 'pass' ? 'pass' : 'fail',
    message: { text: f.message + (f.resolution ? ` ${f.resolution}` : '') },
  };
  const file = f.location?.file ?? r.target;
  const region: Record<string, number> = {};
  if (f.location?.line && f.location.line > 0) region.startLine = f.location.line;
  if (f.location?.line && f.location.column && f.location.column > 0) region.startColumn = f.location.column;
  const physical: Record<string, unknown> = { artifactLocation: { uri: uri(file, root) } };
  if (Object.keys(region).length) physical.region = region;
  const location: Record<string, unknown> = { physicalLocation: physical };
  if (f.object?.name) {
    location.logicalLocations = [{ name: f.object.name, fullyQualifiedName: [f.object.namespace, f.object.kind, f.object.name].filter(Boolean).join('/'), kind: 'object' }];
  }
  res.locations = [location];
  if (f.status === 'suppressed') {
    res.suppressions = [{ kind: f.suppression?.source === 'inline' ? 'inSource' : 'external', status: 'accepted', ...(f.suppression?.justification ? { justification: f.suppression.justification } : {}) }];
  }
  res.properties = { severity: f.severity, check: r.check };
  return res;
}

/** SARIF 2.1.0: one run per check and engine, rules from the findings, suppressions kept. */
export const sarif: Reporter = (report: Report, options = {}) => {
  const runs = new Map<string, { results: Result[] }>();
  for (const r of report.results) {
    const key = `${r.check}\u0000${r.engine}`;
    if (!runs.has(key)) runs.set(key, { results: [] });
    runs.get(key)!.results.push(r);
  }
  const out = [...runs.entries()].map(([key, { results }]) => {
    const [check, engine] = key.split('\u0000') as [string, string];
    const rules: Record<string, unknown>[] = [];
    const index = new Map<string, number>();
    const sarifResults: Record<string, unknown>[] = [];
    const notifications: Record<string, unknown>[] = [];
    for (const r of results) {
      if (r.error) notifications.push({ level: 'error', message: { text: `${r.target}: ${r.error}` } });
      for (const n of r.notices ?? []) notifications.push({ level: n.level === 'info' ? 'note' : n.level, message: { text: n.message } });
      for (const f of r.findings) {
        if (!index.has(f.ruleId)) {
          index.set(f.ruleId, rules.length);
          rules.push({
            id: f.ruleId,
            shortDescription: { text: f.message.slice(0, 200) },
            ...(f.helpUri && isUri(f.helpUri) ? { helpUri: f.helpUri } : {}),
            defaultConfiguration: { level: LEVEL[f.severity] },
            properties: { 'security-severity': SECURITY_SEVERITY[f.severity], tags: ['security', check] },
          });
        }
        sarifResults.push(sarifResult(f, r, index.get(f.ruleId)!, options.root));
      }
    }
    return {
      tool: { driver: { name: `${report.tool.name} ${check}`, version: report.tool.version, informationUri: report.tool.informationUri ?? 'https://github.com/flightcheck/flightcheck', rules, properties: { engine } } },
      automationDetails: { id: `flightcheck/${check}/` },
      invocations: [{ executionSuccessful: !results.some((r) => r.error), ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
      results: sarifResults,
    };
  });
  return `${JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: out }, null, 2)}\n`;
};
