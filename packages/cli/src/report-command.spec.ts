import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReport, type CommandIO } from '@flightcheck/core';
import { collectReportFiles, reportCommand } from './report-command.js';

const io = (cwd: string): CommandIO => ({ cwd, env: {}, isTTY: false, stdout: () => {}, stderr: () => {}, readStdin: async () => '' });

describe('report command', () => {
  it('collects JSON files under a folder without following symlinks', () => {
    const ws = mkdtempSync(join(tmpdir(), 'fc-rep-'));
    mkdirSync(join(ws, 'd/p'), { recursive: true });
    writeFileSync(join(ws, 'd/p/a.json'), '{}');
    writeFileSync(join(ws, 'd/p/a.sarif'), '{}');
    symlinkSync('/etc', join(ws, 'd/link'));
    expect(collectReportFiles(join(ws, 'd')).map((f) => f.slice(ws.length))).toEqual(['/d/p/a.json']);
  });

  it('refuses to leave reports out quietly: too deep a tree is an error naming the folder', () => {
    const ws = mkdtempSync(join(tmpdir(), 'fc-rep-'));
    const deep = join(ws, 'd', ...Array.from({ length: 10 }, (_, i) => `l${i}`));
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'r.json'), '{}');
    expect(() => collectReportFiles(join(ws, 'd'))).toThrow(/nested too deep/);
  });

  it('merges reports and says when there are none', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'fc-rep-'));
    await expect(reportCommand.run({}, io(ws))).rejects.toThrow(/no reports found/);
    mkdirSync(join(ws, 'dist/flightcheck/p'), { recursive: true });
    await expect(reportCommand.run({}, io(ws))).rejects.toThrow(/no JSON reports/);
    writeFileSync(join(ws, 'dist/flightcheck/p/a.json'), JSON.stringify(createReport([{ check: 'a', target: 't', engine: 'builtin', findings: [] }])));
    writeFileSync(join(ws, 'dist/flightcheck/p/b.json'), JSON.stringify(createReport([{ check: 'b', target: 't', engine: 'builtin', findings: [] }])));
    writeFileSync(join(ws, 'dist/flightcheck/p/image.json'), JSON.stringify({ schemaVersion: 1, reference: 'x:1', imageId: 'sha256:1' }));
    writeFileSync(join(ws, 'dist/flightcheck/p/signature.json'), JSON.stringify({ schemaVersion: '1', image: 'r/a@sha256:1', digest: 'sha256:1', signatures: [] }));
    const errs: string[] = [];
    const out = await reportCommand.run({}, { ...io(ws), stderr: (t) => void errs.push(t) });
    expect(typeof out === 'object' && out.report.results.map((r) => r.check)).toEqual(['a', 'b']);
    expect(errs.join('')).toContain('passed over 2 JSON files that are not a report: dist/flightcheck/p/image.json, dist/flightcheck/p/signature.json');
    // named explicitly, a file that is not a report is an error
    await expect(reportCommand.run({ files: ['dist/flightcheck/p/image.json'] }, io(ws))).rejects.toThrow(/image\.json: not a flightcheck report/);
    // something that claims to be a report must be one
    writeFileSync(join(ws, 'dist/flightcheck/p/c.json'), '{"schemaVersion":"1.0.0","results":"oops"}');
    await expect(reportCommand.run({}, io(ws))).rejects.toThrow(/c\.json: not a flightcheck report/);
    await expect(reportCommand.run({ files: ['nope.json'] }, io(ws))).rejects.toThrow(/nope\.json: no such file/);
  });

  it('reports waivers that matched nothing in the whole run as stale, and each expired waiver once', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'fc-rep-'));
    mkdirSync(join(ws, 'dist/flightcheck/p'), { recursive: true });
    writeFileSync(join(ws, 'flightcheck.waivers.yaml'), 'waivers:\n  - rule: R1\n    reason: used\n  - rule: R9\n    reason: unused\n  - rule: R2\n    reason: old\n    expires: 2001-01-01\n');
    const expired = { ruleId: 'waiver-expired', severity: 'high' as const, status: 'fail' as const, message: 'waiver for R2 (**) expired on 2001-01-01', location: { file: 'flightcheck.waivers.yaml', line: 6 } };
    const task = (check: string) =>
      createReport([
        { check, target: 't', engine: 'builtin', findings: [{ ruleId: 'R1', severity: 'high', message: 'm', status: 'suppressed', suppression: { source: 'waiver', justification: 'used' } }] },
        { check: 'policy', target: 'flightcheck.waivers.yaml', engine: 'builtin', findings: [expired] },
      ]);
    writeFileSync(join(ws, 'dist/flightcheck/p/a.json'), JSON.stringify(task('a')));
    writeFileSync(join(ws, 'dist/flightcheck/p/b.json'), JSON.stringify(task('b')));
    const out = await reportCommand.run({}, io(ws));
    const policy = typeof out === 'object' ? out.report.results.filter((r) => r.check === 'policy').flatMap((r) => r.findings.map((f) => f.ruleId)) : [];
    expect(policy.sort()).toEqual(['waiver-expired', 'waiver-stale']);
  });
});
