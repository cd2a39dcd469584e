import { atLeast, type Report, type Severity } from './model.js';
import type { Policy } from './policy.js';

export type FailOn = Severity | 'none';

/**
 * What fails each check by default: the default of its reference tool, so that a finding the tool's users
 * expect to break their build breaks the gate too. A check not listed falls back to the policy's `failOn`.
 * - dockerfile-lint: hadolint fails at its default `failure-threshold` `info`, i.e. error, warning and info
 *   findings (severities high, medium, low); only `style` (info) passes.
 * - compliance: kube-score exits 1 on CRITICAL (high); `--exit-one-on-warning` adds WARNING (medium).
 * Every other built-in check (image-scan, permissions, secrets, verify-signature, network-policy, rbac,
 * pod-security, airflow) fails on high and critical findings: the policy's default `failOn`.
 */
export const CHECK_DEFAULT_FAIL_ON: Readonly<Record<string, FailOn>> = {
  'dockerfile-lint': 'low',
  compliance: 'high',
};

/**
 * The threshold one check is judged by, first match wins:
 * 1. `explicit`: the command line's `--fail-on` or the Nx target's `failOn` option;
 * 2. `checks.<check>.failOn` in flightcheck.yaml;
 * 3. `toolDefault`: what the check's own tool configuration says (hadolint's `failure-threshold` in
 *    .hadolint.yaml, kube-score's `--exit-one-on-warning`), when the check read one;
 * 4. the check's reference-tool default ({@link CHECK_DEFAULT_FAIL_ON});
 * 5. the policy's top-level `failOn` (default `high`).
 */
export function resolveFailOn(policy: Pick<Policy, 'failOn' | 'checks'>, check: string, explicit?: FailOn, toolDefault?: FailOn): FailOn {
  if (explicit) return explicit;
  const own = policy.checks[check]?.failOn;
  if (typeof own === 'string') return own as FailOn;
  if (toolDefault) return toolDefault;
  return CHECK_DEFAULT_FAIL_ON[check] ?? policy.failOn;
}

export interface CheckVerdict {
  check: string;
  failOn: FailOn;
  failed: boolean;
  /** Failing findings at or above the threshold. */
  failing: number;
  /** Results whose check could not run. */
  errors: number;
}

/**
 * Judges every check of a report by its own threshold (`thresholdOf(check)`): a result that could not run
 * fails whatever the threshold (fail closed).
 */
export function judgeReport(report: Report, thresholdOf: (check: string) => FailOn): CheckVerdict[] {
  const byCheck = new Map<string, CheckVerdict>();
  for (const r of report.results) {
    let v = byCheck.get(r.check);
    if (!v) {
      v = { check: r.check, failOn: thresholdOf(r.check), failed: false, failing: 0, errors: 0 };
      byCheck.set(r.check, v);
    }
    if (r.error) v.errors++;
    if (v.failOn !== 'none') for (const f of r.findings) if (f.status === 'fail' && atLeast(f.severity, v.failOn)) v.failing++;
    v.failed = v.errors > 0 || v.failing > 0;
  }
  return [...byCheck.values()];
}
