import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { applyTrivyIgnore, loadTrivyIgnore, parseTrivyIgnore, parseTrivyIgnoreYaml } from './ignore.js';

const f = (ruleId: string, file = '/var/lib/dpkg/status', purl?: string): Finding => ({ ruleId, severity: 'high', message: ruleId, status: 'fail', location: { file }, properties: purl ? { purl } : {} });
const now = new Date('2026-01-10T00:00:00Z');

describe('.trivyignore', () => {
  it('parses ids, comments and expiry dates', () => {
    expect(parseTrivyIgnore('# accepted\nCVE-2023-4911\n\nCVE-2005-2541 exp:2026-06-30 # until the rebuild\n', '.trivyignore')).toEqual([
      { id: 'CVE-2023-4911', file: '.trivyignore', line: 2 },
      { id: 'CVE-2005-2541', file: '.trivyignore', line: 4, expires: '2026-06-30' },
    ]);
    expect(() => parseTrivyIgnore('CVE-1 exp:tomorrow', 'f')).toThrow(/f:1: "exp:tomorrow" is not "exp:YYYY-MM-DD"/);
  });

  it('suppresses matching findings, keeps them, and lets expired entries lapse with a notice', () => {
    const entries = parseTrivyIgnore('CVE-A\nCVE-B exp:2025-12-31\n', '.trivyignore');
    const { findings, notices } = applyTrivyIgnore([f('CVE-A'), f('CVE-B'), f('CVE-C')], entries, now);
    expect(findings.map((x) => [x.ruleId, x.status, x.suppression?.source ?? null])).toEqual([
      ['CVE-A', 'suppressed', '.trivyignore'],
      ['CVE-B', 'fail', null],
      ['CVE-C', 'fail', null],
    ]);
    expect(notices[0]!.message).toBe('CVE-B in .trivyignore expired on 2025-12-31; it no longer suppresses anything');
  });
});

describe('.trivyignore.yaml', () => {
  const yaml = `vulnerabilities:
  - id: CVE-2023-32681
    paths: ["opt/airflow/.local/**"]
    statement: proxies are not used
  - id: CVE-2023-4911
    purls: ["pkg:deb/debian/libc6"]
    expired_at: 2026-03-01
misconfigurations:
  - id: AVD-DS-0002
secrets: []
`;
  it('parses sections, paths, purls, expiry and statements', () => {
    const entries = parseTrivyIgnoreYaml(yaml, '.trivyignore.yaml');
    expect(entries).toEqual([
      { id: 'CVE-2023-32681', file: '.trivyignore.yaml', paths: ['opt/airflow/.local/**'], statement: 'proxies are not used' },
      { id: 'CVE-2023-4911', file: '.trivyignore.yaml', purls: ['pkg:deb/debian/libc6'], expires: '2026-03-01' },
      { id: 'AVD-DS-0002', file: '.trivyignore.yaml' },
    ]);
    expect(() => parseTrivyIgnoreYaml('foo: []', 'y')).toThrow(/unknown section "foo"/);
    expect(() => parseTrivyIgnoreYaml('vulnerabilities: [{paths: []}]', 'y')).toThrow(/vulnerabilities\[0\] needs an "id"/);
    expect(() => parseTrivyIgnoreYaml('vulnerabilities: [{id: X, expired_at: soon}]', 'y')).toThrow(/expired_at must be YYYY-MM-DD/);
  });

  it('matches by id, path glob, purl (qualifiers ignored) and misconfiguration alias', () => {
    const entries = parseTrivyIgnoreYaml(yaml, '.trivyignore.yaml');
    const misconf: Finding = { ...f('DS-0002', 'Dockerfile'), properties: { aliases: ['AVD-DS-0002'] } };
    const { findings } = applyTrivyIgnore(
      [
        f('CVE-2023-32681', '/opt/airflow/.local/lib/python3.11/site-packages/requests-2.30.0.dist-info/METADATA'),
        f('CVE-2023-32681', '/usr/lib/python3/dist-packages/requests-2.28.1.egg-info'),
        f('CVE-2023-4911', '/var/lib/dpkg/status', 'pkg:deb/debian/libc6@2.36-9+deb12u3?arch=amd64&distro=debian-12'),
        f('CVE-2023-4911', '/var/lib/dpkg/status', 'pkg:deb/debian/libc-bin@2.36-9+deb12u3?arch=amd64'),
        misconf,
      ],
      entries,
      now,
    );
    expect(findings.map((x) => x.status)).toEqual(['suppressed', 'fail', 'suppressed', 'fail', 'suppressed']);
    expect(findings[0]!.suppression).toEqual({ source: '.trivyignore.yaml', justification: 'proxies are not used' });
  });

  it('loads .trivyignore.yaml and .trivyignore from the root, or the file given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ti-'));
    expect(loadTrivyIgnore(dir)).toEqual([]);
    writeFileSync(join(dir, '.trivyignore'), 'CVE-1\n');
    writeFileSync(join(dir, '.trivyignore.yaml'), 'vulnerabilities: [{id: CVE-2}]\n');
    expect(loadTrivyIgnore(dir).map((e) => e.id)).toEqual(['CVE-2', 'CVE-1']);
    expect(() => loadTrivyIgnore(dir, join(dir, 'missing'))).toThrow(/missing: no such file/);
  });
});
