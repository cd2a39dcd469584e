import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '@flightcheck/core';
import { createReport, DEFAULT_POLICY, type Report } from '@flightcheck/core';
import { checkTasksOf, readTaskReport, runGate } from './gate.js';

function ws(reports: Record<string, Report | string>): string {
  const root = mkdtempSync(join(tmpdir(), 'fc-gate-'));
  mkdirSync(join(root, 'dist/flightcheck/p'), { recursive: true });
  for (const [t, r] of Object.entries(reports)) writeFileSync(join(root, 'dist/flightcheck/p', `${t}.json`), typeof r === 'string' ? r : JSON.stringify(r));
  return root;
}
const medium = createReport([{ check: 'compliance', target: 'm', engine: 'builtin', findings: [{ ruleId: 'R', severity: 'medium', message: 'm', status: 'fail' }] }]);

describe('the gate', () => {
  it('takes its check tasks from the task graph, else from dependsOn', () => {
    const graph = {
      tasks: { 'p:security': { id: 'p:security', target: { project: 'p', target: 'security' } }, 'p:a': { id: 'p:a', target: { project: 'p', target: 'a' } } },
      dependencies: { 'p:security': ['p:a'], 'p:a': [] },
    };
    expect(checkTasksOf('p', 'security', graph)).toEqual([{ project: 'p', target: 'a' }]);
    expect(checkTasksOf('p', 'security', undefined, ['a', { target: 'b', options: 'forward' }, '^c'])).toEqual([
      { project: 'p', target: 'a' },
      { project: 'p', target: 'b' },
    ]);
  });

  it('judges a report without a recorded verdict by the policy, and a missing or broken report fails', () => {
    const root = ws({ compliance: medium, broken: '{"nope":1}' });
    expect(readTaskReport(core, root, { project: 'p', target: 'compliance' }, DEFAULT_POLICY).report!.verdict!.passed).toBe(true);
    expect(readTaskReport(core, root, { project: 'p', target: 'compliance' }, { ...DEFAULT_POLICY, checks: { compliance: { failOn: 'medium' } } }).report!.verdict!.passed).toBe(false);
    expect(readTaskReport(core, root, { project: 'p', target: 'gone' }, DEFAULT_POLICY).missing).toMatch(/wrote no report/);
    expect(readTaskReport(core, root, { project: 'p', target: 'broken' }, DEFAULT_POLICY).missing).toMatch(/not a flightcheck report/);
  });

  it('passes only when every check passed, and fails on an invalid policy with its reason', () => {
    const failing: Report = { ...medium, verdict: { passed: false, checks: [{ check: 'compliance', failOn: 'medium', failed: true, failing: 1, errors: 0 }] } };
    expect(runGate(core, ws({ compliance: medium }), 'p', [{ project: 'p', target: 'compliance' }]).passed).toBe(true);
    const out = runGate(core, ws({ compliance: failing }), 'p', [{ project: 'p', target: 'compliance' }]);
    expect(out.passed).toBe(false);
    expect(out.text).toContain('✗ flightcheck p:compliance: FAILED (compliance: 1 finding at or above medium)');
    const bad = ws({ compliance: medium });
    writeFileSync(join(bad, 'flightcheck.yaml'), 'failOn: loud\n');
    expect(runGate(core, bad, 'p', [{ project: 'p', target: 'compliance' }])).toMatchObject({ passed: false, text: expect.stringContaining('failOn must be one of') });
  });
});
