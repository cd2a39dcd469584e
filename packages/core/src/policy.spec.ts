import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyWaivers, ConfigError, createReport, failed, findUp, loadPolicy, loadWaivers, type Report } from '@flightcheck/core';

function tmp(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fc-policy-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const report = (): Report =>
  createReport([
    {
      check: 'dockerfile-lint',
      target: '/ws/images/airflow/Dockerfile',
      engine: 'builtin',
      findings: [
        { ruleId: 'DL3008', severity: 'medium', message: 'pin versions', status: 'fail', location: { file: '/ws/images/airflow/Dockerfile', line: 4 } },
        { ruleId: 'DL3007', severity: 'high', message: 'latest', status: 'fail', location: { file: '/ws/images/airflow/Dockerfile', line: 1 } },
      ],
    },
  ]);

describe('waivers', () => {
  it('loads waivers with their lines and rejects one without a reason', () => {
    const file = tmp('w.yaml', 'waivers:\n  - rule: DL3008\n    target: "images/**"\n    reason: base image pins apt\n    expires: 2099-01-01\n  - rule: DL3007\n    reason: x\n');
    const ws = loadWaivers(file);
    expect(ws).toHaveLength(2);
    expect(ws[0]).toMatchObject({ rule: 'DL3008', target: 'images/**', expires: '2099-01-01', line: 2 });
    expect(ws[1]!.target).toBe('**');
    const bad = tmp('w.yaml', 'waivers:\n  - rule: DL3008\n');
    expect(() => loadWaivers(bad)).toThrow(ConfigError);
    expect(() => loadWaivers(bad)).toThrow(/no `reason`/);
  });

  it('rejects a malformed expiry and invalid YAML with the file and line', () => {
    expect(() => loadWaivers(tmp('w.yaml', 'waivers:\n  - rule: A\n    reason: r\n    expires: next week\n'))).toThrow(/expires must be a date/);
    expect(() => loadWaivers(tmp('w.yaml', 'waivers: [\n'))).toThrow(/w\.yaml.*invalid YAML/);
  });

  it('suppresses matching findings and keeps them with the justification', () => {
    const out = applyWaivers(report(), [{ rule: 'DL3008', target: 'images/airflow/**', reason: 'pinned by base' }], { file: '/ws/flightcheck.waivers.yaml', root: '/ws' });
    const [a, b] = out.results[0]!.findings;
    expect(a).toMatchObject({ status: 'suppressed', suppression: { source: 'waiver', justification: 'pinned by base' } });
    expect(b!.status).toBe('fail');
    expect(out.results[0]!.findings).toHaveLength(2);
  });

  it('does not suppress outside the target glob or for another check', () => {
    const out = applyWaivers(report(), [{ rule: 'DL3008', target: 'manifests/**', reason: 'r' }, { rule: 'DL3007', check: 'compliance', reason: 'r', target: '**' }], { file: '/ws/w.yaml', root: '/ws' });
    expect(out.results[0]!.findings.every((f) => f.status === 'fail')).toBe(true);
  });

  it('turns an expired waiver into a high finding that fails the gate, and suppresses nothing', () => {
    const out = applyWaivers(report(), [{ rule: 'DL3008', target: '**', reason: 'r', expires: '2020-01-01', line: 3 }], { file: '/ws/w.yaml', root: '/ws', now: new Date('2026-11-26') });
    expect(out.results[0]!.findings[0]!.status).toBe('fail');
    const policy = out.results.find((r) => r.check === 'policy')!;
    expect(policy.findings[0]).toMatchObject({ ruleId: 'waiver-expired', severity: 'high', location: { file: 'w.yaml', line: 3 } });
    expect(failed(out, 'high')).toBe(true);
  });

  it('over a whole run: a waiver used by an earlier pass is not stale, and expired ones can be left to the tasks', () => {
    const waivers = [
      { rule: 'DL3008', target: '**', reason: 'r' },
      { rule: 'DL9999', target: '**', reason: 'r' },
      { rule: 'DL3007', target: '**', reason: 'r', expires: '2001-01-01' },
    ];
    const perTask = applyWaivers(report(), waivers.slice(0, 2), { file: '/ws/w.yaml', root: '/ws' });
    const run = applyWaivers(perTask, waivers, { file: '/ws/w.yaml', root: '/ws', reportStale: true, reportExpired: false });
    const policy = run.results.find((r) => r.check === 'policy')!;
    expect(policy.findings.map((f) => f.ruleId)).toEqual(['waiver-stale']);
    expect(policy.findings[0]!.message).toContain('DL9999');
    expect(run.results[0]!.findings[0]!.status).toBe('suppressed');
  });

  it('reports a waiver that matches nothing as stale (info)', () => {
    const out = applyWaivers(report(), [{ rule: 'DL9999', target: '**', reason: 'r' }], { file: '/ws/w.yaml', root: '/ws', reportStale: true });
    const policy = out.results.find((r) => r.check === 'policy')!;
    expect(policy.findings[0]).toMatchObject({ ruleId: 'waiver-stale', severity: 'info' });
  });
});

describe('policy', () => {
  it('reads failOn and validates it', () => {
    expect(loadPolicy(undefined).failOn).toBe('high');
    expect(loadPolicy(tmp('p.yaml', 'failOn: medium\n')).failOn).toBe('medium');
    expect(() => loadPolicy(tmp('p.yaml', 'failOn: sometimes\n'))).toThrow(/failOn must be one of/);
    expect(() => loadPolicy(tmp('p.yaml', '- a\n'))).toThrow(/mapping/);
  });

  it('bounds YAML aliases (alias bomb)', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`), 'failOn: high'].join('\n');
    expect(() => loadPolicy(tmp('p.yaml', bomb))).toThrow();
  });

  it('finds a file upwards', () => {
    const file = tmp('marker.txt', '');
    expect(findUp('marker.txt', join(file, '..'))).toBe(file);
    expect(findUp('no-such-file-anywhere.xyz', '/tmp')).toBeUndefined();
  });
});
