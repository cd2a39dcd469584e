import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapTrivyReport, mapTrivySeverity, parseTrivyReport, TrivyReportError } from './map.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

describe('parseTrivyReport / mapTrivyReport', () => {
  it('maps an empty report to no findings', () => {
    expect(mapTrivyReport(parseTrivyReport(fixture('empty.json')))).toEqual({ findings: [], notices: [] });
  });

  it('maps vulnerabilities, secrets and misconfigurations with package, versions, layer and references', () => {
    const { findings } = mapTrivyReport(parseTrivyReport(fixture('several-classes.json')));
    expect(findings.map((f) => [f.ruleId, f.severity, f.status, f.location?.file, f.location?.line ?? null])).toEqual([
      ['CVE-2023-4911', 'high', 'fail', 'airflow:dev (debian 12.12)', null],
      ['CVE-2005-2541', 'medium', 'fail', 'airflow:dev (debian 12.12)', null],
      ['CVE-2023-32681', 'medium', 'fail', 'opt/airflow/.local/lib/python3.11/site-packages/requests-2.30.0.dist-info/METADATA', null],
      ['aws-access-key-id', 'critical', 'fail', '/opt/airflow/config/webserver_config.py', 3],
      ['DS-0002', 'high', 'fail', 'Dockerfile', 1],
      ['DS-0026', 'low', 'pass', 'Dockerfile', null],
    ]);
    expect(findings[0]).toMatchObject({
      message: 'libc6 2.36-9+deb12u3 is affected by CVE-2023-4911: glibc: buffer overflow in ld.so leading to privilege escalation; fixed in 2.36-9+deb12u4',
      helpUri: 'https://avd.aquasec.com/nvd/cve-2023-4911',
      resolution: 'Upgrade libc6 to 2.36-9+deb12u4 or later',
      properties: { package: 'libc6', installedVersion: '2.36-9+deb12u3', fixedVersion: '2.36-9+deb12u4', layer: 'sha256:' + '1'.repeat(64), purl: expect.stringMatching(/^pkg:deb/), references: ['https://www.openwall.com/lists/oss-security/2023/10/03/2'] },
    });
    expect(findings[1]!.message).toMatch(/no fix released$/);
    expect(JSON.stringify(findings[3])).not.toMatch(/\*\*\*\*|AWS_ACCESS_KEY_ID =/);
    expect(findings[4]!.properties).toMatchObject({ aliases: ['AVD-DS-0002'] });
  });

  it.each([
    ['', /trivy printed nothing/],
    ['FATAL image scan error', /not JSON/],
    ['[]', /not a JSON object/],
    ['{"SchemaVersion": 1, "Results": []}', /SchemaVersion 1 is not supported/],
    ['{"SchemaVersion": 2, "Results": {}}', /Results is not an array/],
  ])('refuses %j', (text, reason) => {
    expect(() => parseTrivyReport(text)).toThrow(TrivyReportError);
    expect(() => parseTrivyReport(text)).toThrow(reason);
  });

  it('tolerates null lists and skips entries without an id, saying so', () => {
    const r = parseTrivyReport(JSON.stringify({ SchemaVersion: 2, Results: [{ Target: 't', Vulnerabilities: [{ PkgName: 'x' }], Secrets: null, Misconfigurations: null }] }));
    expect(mapTrivyReport(r)).toEqual({ findings: [], notices: [{ level: 'warning', message: 'a vulnerability in t has no VulnerabilityID; skipped' }] });
    expect(mapTrivySeverity('CRITICAL')).toBe('critical');
  });
});

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
describe('parseTrivyReport nesting bound', () => {
  it('output nested deeper than 200 is a TrivyReportError', () => {
    expect(() => parseTrivyReport(`{"SchemaVersion":2,"Results":[{"Target":"x","Custom":${deep(100_000)}}]}`)).toThrow(TrivyReportError);
    expect(() => parseTrivyReport(`{"SchemaVersion":2,"Results":[{"Target":"x","Custom":${deep(100_000)}}]}`)).toThrow(/JSON nesting deeper than 200/);
  });
});
