import { describe, expect, it } from 'vitest';
import { createReport, gateSummary, runSummary, suppressedCounts, verdictLine, type Report } from '@flightcheck/core';

const suppressed = (source: string, justification?: string) => ({ ruleId: 'R', severity: 'high' as const, message: 'm', status: 'suppressed' as const, suppression: { source, ...(justification ? { justification } : {}) } });

function withVerdict(passed: boolean): Report {
  return {
    ...createReport([
      { check: 'dockerfile-lint', target: 'Dockerfile', engine: 'builtin', findings: [{ ruleId: 'DL3007', severity: 'medium', message: 'latest', status: 'fail' }, suppressed('inline'), suppressed('inline'), suppressed('waiver', 'SEC-1')] },
    ]),
    verdict: { passed, checks: [{ check: 'dockerfile-lint', failOn: 'low', failed: !passed, failing: passed ? 0 : 1, errors: 0 }] },
  };
}

describe('verdict lines', () => {
  it('says in one line whether the task passed, why not, and what it found', () => {
    expect(verdictLine('airflow-image:dockerfile-lint', withVerdict(false))).toBe(
      'flightcheck airflow-image:dockerfile-lint: FAILED (dockerfile-lint: 1 finding at or above low) · 1 finding (1 medium) · 3 suppressed',
    );
    expect(verdictLine('p:t', withVerdict(true))).toMatch(/^flightcheck p:t: PASSED · /);
    expect(verdictLine('p:t', createReport([]))).toContain('NO VERDICT');
  });

  it('counts suppressed findings once per check and reason', () => {
    expect(suppressedCounts(withVerdict(true))).toEqual([
      { check: 'dockerfile-lint', reason: 'inline', count: 2 },
      { check: 'dockerfile-lint', reason: 'waiver: SEC-1', count: 1 },
    ]);
  });

  it('the gate passes only when every task passed and wrote its report', () => {
    const ok = gateSummary('airflow-image', [{ task: 'airflow-image:dockerfile-lint', report: withVerdict(true) }]);
    expect(ok.passed).toBe(true);
    expect(ok.text).toContain('✓ flightcheck airflow-image:dockerfile-lint: PASSED · 1 finding (1 medium) · 3 suppressed');
    expect(ok.text.trim().split('\n').pop()).toBe('flightcheck airflow-image:security: PASSED');
    // the reasons are the check task's own output and the run's summary, not each task's gate as well
    expect(ok.text).not.toContain('suppressed 2 ×');
    expect(gateSummary('p', [{ task: 'p:a', report: withVerdict(false) }]).passed).toBe(false);
    const missing = gateSummary('p', [{ task: 'p:a', missing: 'wrote no report' }]);
    expect(missing.passed).toBe(false);
    expect(missing.text).toContain('✗ flightcheck p:a: FAILED (wrote no report)');
    expect(gateSummary('p', [{ task: 'p:a', report: createReport([]) }]).passed).toBe(false);
  });

  it("the run's summary lists every task and counts the suppressed findings of all projects once per check and reason", () => {
    const other: Report = { ...withVerdict(true), results: withVerdict(true).results.map((r) => ({ ...r, findings: [suppressed('waiver', 'SEC-1')] })) };
    const run = runSummary([
      { project: 'a', tasks: [{ task: 'a:dockerfile-lint', report: withVerdict(true) }] },
      { project: 'b', tasks: [{ task: 'b:dockerfile-lint', report: other }] },
    ]);
    expect(run.passed).toBe(true);
    const lines = run.text.trim().split('\n');
    expect(lines).toEqual([
      'flightcheck gate: 2 projects, 2 check tasks',
      '  ✓ flightcheck a:dockerfile-lint: PASSED · 1 finding (1 medium) · 3 suppressed',
      '  ✓ flightcheck b:dockerfile-lint: PASSED · 0 findings · 1 suppressed',
      '  suppressed 2 × dockerfile-lint (inline)',
      '  suppressed 2 × dockerfile-lint (waiver: SEC-1)',
      'flightcheck gate: PASSED (2 projects)',
    ]);
    const failed = runSummary([{ project: 'a', tasks: [{ task: 'a:x', missing: 'wrote no report' }] }]);
    expect(failed.passed).toBe(false);
    expect(failed.text.trim().split('\n').pop()).toBe('flightcheck gate: FAILED (1 project)');
  });
});
