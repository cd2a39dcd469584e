import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeTask, createReport, loadWorkspacePolicy, parseReport } from '@flightcheck/core';

describe('completeTask', () => {
  const report = () => createReport([{ check: 'demo', target: 'x', engine: 'builtin', findings: [{ ruleId: 'R', severity: 'high', message: 'bad', status: 'fail', location: { file: 'x' } }] }]);

  it('writes JSON and SARIF reports under dist/flightcheck/<project>/ and fails on high', () => {
    const root = mkdtempSync(join(tmpdir(), 'fc-task-'));
    const out = completeTask(report(), { root, projectName: 'p', targetName: 'demo', log: () => {} });
    expect(out.success).toBe(false);
    const json = join(root, 'dist/flightcheck/p/demo.json');
    expect(parseReport(readFileSync(json, 'utf8'), json).results[0]!.findings[0]!.ruleId).toBe('R');
    expect(existsSync(join(root, 'dist/flightcheck/p/demo.sarif'))).toBe(true);
  });

  it('honours the workspace policy threshold and waivers', () => {
    const root = mkdtempSync(join(tmpdir(), 'fc-task-'));
    writeFileSync(join(root, 'flightcheck.yaml'), 'failOn: critical\n');
    expect(completeTask(report(), { root, projectName: 'p', targetName: 'demo', log: () => {} }).success).toBe(true);
    writeFileSync(join(root, 'flightcheck.yaml'), 'failOn: low\n');
    writeFileSync(join(root, 'flightcheck.waivers.yaml'), 'waivers:\n  - rule: R\n    reason: accepted risk\n');
    const out = completeTask(report(), { root, projectName: 'p', targetName: 'demo', log: () => {} });
    expect(out.success).toBe(true);
    expect(out.report.results[0]!.findings[0]!.status).toBe('suppressed');
    expect(loadWorkspacePolicy(root).waiversFile).toBe(join(root, 'flightcheck.waivers.yaml'));
  });

  it('judges by checks.<name>.failOn, records the verdict in the JSON report and prints a one-line summary', () => {
    const root = mkdtempSync(join(tmpdir(), 'fc-task-'));
    writeFileSync(join(root, 'flightcheck.yaml'), 'checks:\n  demo:\n    failOn: critical\n');
    const logs: string[] = [];
    const out = completeTask(report(), { root, projectName: 'p', targetName: 'demo', log: (t) => logs.push(t) });
    expect(out.success).toBe(true);
    expect(out.verdicts).toEqual([{ check: 'demo', failOn: 'critical', failed: false, failing: 0, errors: 0 }]);
    const json = join(root, 'dist/flightcheck/p/demo.json');
    expect(parseReport(readFileSync(json, 'utf8'), json).verdict).toEqual({ passed: true, checks: out.verdicts });
    expect(logs.at(-1)).toMatch(/^flightcheck p:demo: PASSED · 1 finding \(1 high\) · 0 suppressed\n$/);
  });

  it('a deferred verdict succeeds as a task, keeps the failure in the report and says who decides', () => {
    const root = mkdtempSync(join(tmpdir(), 'fc-task-'));
    const logs: string[] = [];
    const out = completeTask(report(), { root, projectName: 'p', targetName: 'demo', deferVerdict: true, log: (t) => logs.push(t) });
    expect(out).toMatchObject({ success: true, passed: false });
    expect(logs.at(-1)).toContain("FAILED (demo: 1 finding at or above high) · 1 finding (1 high) · 0 suppressed (the verdict is p:security's)");
    const json = join(root, 'dist/flightcheck/p/demo.json');
    expect(parseReport(readFileSync(json, 'utf8'), json).verdict!.passed).toBe(false);
  });

  it('fails closed on a result whose check could not run', () => {
    const root = mkdtempSync(join(tmpdir(), 'fc-task-'));
    const r = createReport([{ check: 'demo', target: 'x', engine: 'builtin', findings: [], error: 'engine missing' }]);
    expect(completeTask(r, { root, projectName: 'p', targetName: 'demo', failOn: 'none', log: () => {} }).success).toBe(false);
  });
});

describe('stampProfile', () => {
  it("says the task's profile: its Nx configuration, else FLIGHTCHECK_PROFILE, else the policy's, else release", async () => {
    const { stampProfile } = await import('./task.js');
    const { createReport: make } = await import('./model.js');
    const wp = { policy: { failOn: 'high' as const, checks: {} } };
    expect(stampProfile(make([]), wp, { NX_TASK_TARGET_CONFIGURATION: 'local', FLIGHTCHECK_PROFILE: 'release' }).profile).toBe('local');
    expect(stampProfile(make([]), wp, { NX_TASK_TARGET_CONFIGURATION: 'production', FLIGHTCHECK_PROFILE: 'local' }).profile).toBe('local');
    expect(stampProfile(make([]), { policy: { ...wp.policy, profile: 'local' } }, {}).standIns!.length).toBeGreaterThan(0);
    expect(stampProfile(make([]), wp, {})).toMatchObject({ profile: 'release', standIns: [] });
    const bad = stampProfile(make([]), wp, { FLIGHTCHECK_PROFILE: 'staging' });
    expect(bad.results[0]).toMatchObject({ check: 'profile', error: expect.stringMatching(/unknown profile "staging"/) });
  });
});
