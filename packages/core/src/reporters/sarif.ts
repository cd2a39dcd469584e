import { isAbsolute, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Report, Result, Severity } from '../model.js';
import type { Reporter } from './types.js';

/** node:crypto, loaded on the first fingerprint: most runs write no SARIF, and it costs start-up (~10 ms) to load. */
const sha256 = (s: string): string => process.getBuiltinModule('node:crypto').createHash('sha256').update(s).digest('hex');

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
/** GitHub code scanning reads `security-severity` (0.0–10.0) to rank security results: > 9 critical, ≥ 7 high, ≥ 4 medium. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };
/** The base every artifact URI is relative to: the repository (workspace) root. */
export const SRCROOT = '%SRCROOT%';
/** The partialFingerprints key flightcheck writes (versioned: a change of recipe gets a new key). */
export const FINGERPRINT_KEY = 'flightcheckFindingHash/v1';

/**
 * An http(s) URL in RFC 3986 syntax (SARIF's `format: uri`); a tool's help link that is not one is left out
 * rather than making the log invalid (found by tools/fuzz: `a b`, `A:`).
 */
const PCHAR = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})";
const URI = new RegExp(`^https?://[A-Za-z0-9.-]+(?::\\d+)?(?:/${PCHAR}*)*(?:\\?(?:${PCHAR}|[/?])*)?(?:#(?:${PCHAR}|[/?])*)?$`);
export function isUri(s: string): boolean {
  return s.length <= 2048 && URI.test(s);
}

/** Workspace-relative, `/`-separated, percent-encoded; `undefined` when the path is not a file of the repository. */
export function repositoryUri(file: string, root?: string): string | undefined {
  let p = file.split('\\').join('/');
  if (isAbsolute(p)) {
    if (!root) return undefined;
    p = relative(root, p).split('\\').join('/');
  }
  p = p.replace(/^\.\//, '');
  if (!p || p.startsWith('../') || p === '..' || /^[a-z][a-z0-9+.-]*:/i.test(p) || p.includes('@sha256:')) return undefined;
  return p.split('/').map((s) => encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'))).join('/');
}

/**
 * A fingerprint that does not move with the finding's line: check, rule, file, object and message (with
 * numbers that look like line references left out), plus the occurrence among equal findings of the file.
 */
function fingerprintBase(f: Finding, r: Result, uri: string | undefined): string {
  const obj = f.object ? [f.object.apiVersion, f.object.kind, f.object.namespace, f.object.name].join('/') : '';
  const message = f.message.replace(/\b(?:line|lines|row)\s+\d+(?:[-\u2013]\d+)?/gi, 'line');
  return [r.check, f.ruleId, uri ?? r.target, obj, message].join('\u0000');
}

function sarifResult(f: Finding, r: Result, ruleIndex: number, fingerprint: string, root?: string): Record<string, unknown> {
  const res: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.status === 'pass' ? 'none' : LEVEL[f.severity],
    kind: f.status === 'pass' ? 'pass' : 'fail',
    message: { text: f.message + (f.resolution ? ` ${f.resolution}` : '') },
  };
  const uri = repositoryUri(f.location?.file ?? r.target, root);
  const location: Record<string, unknown> = {};
  if (uri) {
    const region: Record<string, number> = {};
    if (f.location?.line && f.location.line > 0) region.startLine = f.location.line;
    if (f.location?.line && f.location.column && f.location.column > 0) region.startColumn = f.location.column;
    location.physicalLocation = { artifactLocation: { uri, uriBaseId: SRCROOT }, ...(Object.keys(region).length ? { region } : {}) };
  }
  if (f.object?.name) location.logicalLocations = [{ name: f.object.name, fullyQualifiedName: [f.object.namespace, f.object.kind, f.object.name].filter(Boolean).join('/'), kind: 'object' }];
  // GitHub rejects a location without a file of the repository (`locationFromSarifResult: expected artifact
  // location`); a finding about an image has none, and becomes an alert of the repository as a whole
  if (uri) res.locations = [location];
  else res.message = { text: `${r.target}: ${(res.message as { text: string }).text}` };
  res.partialFingerprints = { [FINGERPRINT_KEY]: fingerprint };
  if (f.status === 'suppressed') {
    res.suppressions = [{ kind: f.suppression?.source === 'inline' ? 'inSource' : 'external', status: 'accepted', ...(f.suppression?.justification ? { justification: f.suppression.justification } : {}) }];
  }
  res.properties = { severity: f.severity, check: r.check, engine: r.engine, target: r.target };
  return res;
}

function ruleFor(f: Finding, check: string): Record<string, unknown> {
  const summary = f.message.length > 200 ? `${f.message.slice(0, 199)}…` : f.message;
  const help = [f.message, f.resolution, f.helpUri ? `More: ${f.helpUri}` : undefined].filter(Boolean).join('\n\n');
  return {
    id: f.ruleId,
    name: f.ruleId.replace(/[^A-Za-z0-9]+/g, ' ').trim().replace(/ (\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()) || f.ruleId,
    shortDescription: { text: summary },
    fullDescription: { text: f.message },
    help: { text: help },
    ...(f.helpUri && isUri(f.helpUri) ? { helpUri: f.helpUri } : {}),
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: { 'security-severity': SECURITY_SEVERITY[f.severity], problem: { severity: f.severity === 'critical' || f.severity === 'high' ? 'error' : f.severity === 'medium' ? 'warning' : 'recommendation' }, tags: ['security', check] },
  };
}

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it: one run per check (tool `flightcheck <check>`, category
 * `flightcheck/<check>`; whichever engine ran, recorded per result), rules with help and
 * `security-severity`, URIs relative to the repository root (`%SRCROOT%`), line-independent
 * `partialFingerprints`, suppressions kept.
 */
export const sarif: Reporter = (report: Report, options = {}) => {
  const runs = new Map<string, Result[]>();
  for (const r of report.results) runs.set(r.check, [...(runs.get(r.check) ?? []), r]);
  const out = [...runs.entries()].map(([check, results]) => {
    const rules: Record<string, unknown>[] = [];
    const index = new Map<string, number>();
    const sarifResults: Record<string, unknown>[] = [];
    const notifications: Record<string, unknown>[] = [];
    const seen = new Map<string, number>();
    for (const r of results) {
      if (r.error) notifications.push({ level: 'error', message: { text: `${r.target}: ${r.error}` } });
      for (const n of r.notices ?? []) notifications.push({ level: n.level === 'info' ? 'note' : n.level, message: { text: n.message } });
      for (const f of r.findings) {
        if (!index.has(f.ruleId)) {
          index.set(f.ruleId, rules.length);
          rules.push(ruleFor(f, check));
        }
        const base = fingerprintBase(f, r, repositoryUri(f.location?.file ?? r.target, options.root));
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        const fingerprint = sha256(`${base}\u0000${n}`).slice(0, 32);
        sarifResults.push(sarifResult(f, r, index.get(f.ruleId)!, fingerprint, options.root));
      }
    }
    const engines = [...new Set(results.map((r) => `${r.engine}${r.engineVersion ? ` ${r.engineVersion}` : ''}`))];
    return {
      tool: { driver: { name: `${report.tool.name} ${check}`, version: report.tool.version, informationUri: report.tool.informationUri ?? 'https://github.com/flightcheck/flightcheck', rules, properties: { engines } } },
      automationDetails: { id: `flightcheck/${check}/` },
      ...(options.root ? { originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(options.root).href.replace(/\/?$/, '/')}` } } } : {}),
      invocations: [{ executionSuccessful: !results.some((r) => r.error), ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
      results: sarifResults,
    };
  });
  return `${JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: out }, null, 2)}\n`;
};
