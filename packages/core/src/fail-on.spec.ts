import { describe, expect, it } from 'vitest';
import { createReport, DEFAULT_POLICY, judgeReport, resolveFailOn, type Finding, type Policy } from '@flightcheck/core';

const policy = (p: Partial<Policy> = {}): Policy => ({ ...DEFAULT_POLICY, checks: {}, ...p });
const finding = (severity: Finding['severity'], status: Finding['status'] = 'fail'): Finding => ({ ruleId: 'R', severity, message: 'm', status });

describe('resolveFailOn', () => {
  it('defaults each check to its reference tool: hadolint fails at info level (low), kube-score on CRITICAL (high)', () => {
    expect(resolveFailOn(policy(), 'dockerfile-lint')).toBe('low');
    expect(resolveFailOn(policy(), 'compliance')).toBe('high');
    for (const c of ['image-scan', 'permissions', 'secrets', 'verify-signature', 'network-policy', 'rbac', 'pod-security', 'airflow']) expect(resolveFailOn(policy(), c)).toBe('high');
  });

  it('the global failOn is the threshold of checks without a tool default', () => {
    expect(resolveFailOn(policy({ failOn: 'medium' }), 'image-scan')).toBe('medium');
    expect(resolveFailOn(policy({ failOn: 'critical' }), 'dockerfile-lint')).toBe('low');
  });

  it('explicit beats checks.<name>.failOn beats the tool configuration beats the defaults', () => {
    const p = policy({ checks: { 'dockerfile-lint': { failOn: 'high' } } });
    expect(resolveFailOn(p, 'dockerfile-lint', 'critical', 'medium')).toBe('critical');
    expect(resolveFailOn(p, 'dockerfile-lint', undefined, 'medium')).toBe('high');
    expect(resolveFailOn(policy(), 'dockerfile-lint', undefined, 'medium')).toBe('medium');
    expect(resolveFailOn(policy({ checks: { compliance: { failOn: 'none' } } }), 'compliance')).toBe('none');
  });
});

describe('judgeReport', () => {
  it('judges each check by its own threshold and fails closed on a check that could not run', () => {
    const report = createReport([
      { check: 'dockerfile-lint', target: 'a', engine: 'builtin', findings: [finding('low'), finding('medium', 'suppressed')] },
      { check: 'compliance', target: 'b', engine: 'builtin', findings: [finding('medium')] },
      { check: 'secrets', target: 'c', engine: 'builtin', findings: [], error: 'could not read' },
    ]);
    const v = judgeReport(report, (c) => resolveFailOn(policy(), c));
    expect(v).toEqual([
      { check: 'dockerfile-lint', failOn: 'low', failed: true, failing: 1, errors: 0 },
      { check: 'compliance', failOn: 'high', failed: false, failing: 0, errors: 0 },
      { check: 'secrets', failOn: 'high', failed: true, failing: 0, errors: 1 },
    ]);
    expect(judgeReport(report, () => 'none').map((x) => x.failed)).toEqual([false, false, true]);
  });
});
