import { describe, expect, it } from 'vitest';
import { createReport, mergeReports, reporters, type Finding, type Report } from '@flightcheck/core';
import { sampleReport } from './__fixtures__/sample-report.js';

// GitHub code scanning's documented upload rules for SARIF ("SARIF support for code scanning"; the upload
// API's limits), checked on flightcheck's output. A file that breaks one is rejected or loses alerts.
const LIMITS = { runsPerFile: 20, resultsPerRun: 25_000, rulesPerRun: 25_000, locationsPerResult: 1_000, tagsPerRule: 20 };

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; shortDescription?: { text: string }; fullDescription?: { text: string }; help?: { text: string }; properties?: { 'security-severity'?: string; tags?: string[] } }[] } };
    automationDetails?: { id: string };
    originalUriBaseIds?: Record<string, { uri: string }>;
    results: { ruleId: string; ruleIndex: number; message: { text: string }; locations?: { physicalLocation?: { artifactLocation: { uri: string; uriBaseId?: string }; region?: { startLine?: number } } }[]; partialFingerprints?: Record<string, string> }[];
  }[];
}

/** Every rule GitHub states, as a list of violations (empty: GitHub accepts the file). */
export function githubViolations(log: SarifLog): string[] {
  const v: string[] = [];
  if (log.version !== '2.1.0') v.push(`version ${log.version}`);
  if (log.runs.length > LIMITS.runsPerFile) v.push(`${log.runs.length} runs (limit ${LIMITS.runsPerFile})`);
  const categories = new Set<string>();
  for (const run of log.runs) {
    const id = run.automationDetails?.id ?? '';
    // the category is the id up to its last "/"; GitHub rejects two runs of one tool and category in a file
    const key = `${run.tool.driver.name}\u0000${id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : id}`;
    if (categories.has(key)) v.push(`two runs of ${run.tool.driver.name} with category ${id}`);
    categories.add(key);
    if (run.results.length > LIMITS.resultsPerRun) v.push(`${run.tool.driver.name}: ${run.results.length} results`);
    if (run.tool.driver.rules.length > LIMITS.rulesPerRun) v.push(`${run.tool.driver.name}: too many rules`);
    for (const rule of run.tool.driver.rules) {
      if (!rule.shortDescription?.text || !rule.fullDescription?.text) v.push(`rule ${rule.id}: no short/full description`);
      if (!rule.help?.text) v.push(`rule ${rule.id}: no help text`);
      const s = rule.properties?.['security-severity'];
      if (s === undefined || !/^\d+(\.\d+)?$/.test(s) || Number(s) > 10) v.push(`rule ${rule.id}: security-severity ${s}`);
      if ((rule.properties?.tags ?? []).length > LIMITS.tagsPerRule) v.push(`rule ${rule.id}: too many tags`);
    }
    for (const r of run.results) {
      if (!r.ruleId || run.tool.driver.rules[r.ruleIndex]?.id !== r.ruleId) v.push(`result ${r.ruleId}: ruleIndex does not name its rule`);
      if (!r.message?.text) v.push(`result ${r.ruleId}: no message`);
      if ((r.locations ?? []).length > LIMITS.locationsPerResult) v.push(`result ${r.ruleId}: too many locations`);
      for (const l of r.locations ?? []) {
        const uri = l.physicalLocation?.artifactLocation?.uri;
        // a location without a file (logical only) is rejected: "locationFromSarifResult: expected artifact location"
        if (!uri) v.push(`result ${r.ruleId}: a location without physicalLocation.artifactLocation.uri`);
        else if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('/')) v.push(`result ${r.ruleId}: uri ${uri} is not relative to the repository`);
        else if (!l.physicalLocation!.artifactLocation.uriBaseId || !run.originalUriBaseIds?.[l.physicalLocation!.artifactLocation.uriBaseId]) v.push(`result ${r.ruleId}: uriBaseId not declared`);
        const line = l.physicalLocation?.region?.startLine;
        if (line !== undefined && (!Number.isInteger(line) || line < 1)) v.push(`result ${r.ruleId}: startLine ${line}`);
      }
      if (!r.partialFingerprints || !Object.keys(r.partialFingerprints).length) v.push(`result ${r.ruleId}: no partialFingerprints`);
    }
  }
  return v;
}

const sarif = (report: Report, root = '/ws') => JSON.parse(reporters.sarif(report, { root })) as SarifLog;
const lint = (line: number, extra: Partial<Finding> = {}): Finding => ({ ruleId: 'DL3008', severity: 'medium', message: 'Pin versions in apt get install', status: 'fail', location: { file: '/ws/images/airflow/Dockerfile', line }, ...extra });
const lintReport = (findings: Finding[], engine = 'builtin'): Report => createReport([{ check: 'dockerfile-lint', target: '/ws/images/airflow/Dockerfile', engine, findings }]);

describe('SARIF for GitHub code scanning', () => {
  it('the sample report breaks none of GitHub rules', () => {
    expect(githubViolations(sarif(sampleReport()))).toEqual([]);
  });

  it('the rules can fail: a duplicated category, a logical-only location and a missing fingerprint are caught', () => {
    const log = sarif(sampleReport());
    log.runs.push(structuredClone(log.runs[0]!));
    delete log.runs[0]!.results[0]!.partialFingerprints;
    log.runs[0]!.results[0]!.locations = [{}];
    expect(githubViolations(log)).toEqual(expect.arrayContaining([expect.stringMatching(/two runs of flightcheck dockerfile-lint/), expect.stringMatching(/no partialFingerprints/), expect.stringMatching(/without physicalLocation/)]));
  });

  it('a merged run of several projects and engines has one run per check, with a distinct category each', () => {
    const merged = mergeReports([
      lintReport([lint(3)], 'builtin'),
      createReport([{ check: 'dockerfile-lint', target: '/ws/images/web/Dockerfile', engine: 'hadolint', findings: [lint(5, { location: { file: '/ws/images/web/Dockerfile', line: 5 } })] }]),
      sampleReport(),
    ]);
    const log = sarif(merged);
    expect(githubViolations(log)).toEqual([]);
    expect(log.runs.map((r) => r.automationDetails!.id)).toEqual(['flightcheck/dockerfile-lint/', 'flightcheck/compliance/', 'flightcheck/image-scan/']);
    expect(log.runs[0]!.results).toHaveLength(4);
  });

  it('partialFingerprints stay when a finding moves to another line, and tell equal findings of a file apart', () => {
    const before = sarif(lintReport([lint(10), lint(20)])).runs[0]!.results.map((r) => r.partialFingerprints);
    const after = sarif(lintReport([lint(14), lint(31)])).runs[0]!.results.map((r) => r.partialFingerprints);
    expect(after).toEqual(before);
    expect(before[0]).not.toEqual(before[1]);
    const otherFile = sarif(lintReport([lint(10, { location: { file: '/ws/images/web/Dockerfile', line: 10 } })])).runs[0]!.results[0]!.partialFingerprints;
    expect(otherFile).not.toEqual(before[0]);
  });

  it('locations are relative to the repository root, declared as %SRCROOT%; a finding about an image has no file location', () => {
    const log = sarif(mergeReports([lintReport([lint(3)]), createReport([{ check: 'image-scan', target: 'ghcr.io/example/airflow@sha256:' + 'a'.repeat(64), engine: 'builtin', findings: [{ ruleId: 'CVE-2024-1', severity: 'high', message: 'openssl 3.0.1 is vulnerable', status: 'fail' }] }])]));
    expect(githubViolations(log)).toEqual([]);
    expect(log.runs[0]!.results[0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: 'images/airflow/Dockerfile', uriBaseId: '%SRCROOT%' });
    expect(log.runs[0]!.originalUriBaseIds!['%SRCROOT%']!.uri).toBe('file:///ws/');
    const scan = log.runs[1]!.results[0]!;
    expect(scan.locations).toBeUndefined();
    expect(scan.message.text).toMatch(/^ghcr\.io\/example\/airflow@sha256:a+: openssl/);
  });

  it('rules carry help text and a security-severity GitHub ranks by', () => {
    const rule = sarif(sampleReport()).runs.find((r) => r.automationDetails!.id === 'flightcheck/compliance/')!.tool.driver.rules[0]!;
    expect(rule.help!.text).toBe('Image with latest tag\n\nUse a specific tag');
    expect(rule.properties!['security-severity']).toBe('8.0');
  });
});
