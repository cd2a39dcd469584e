import type { CheckVerdict } from './fail-on.js';
import { SEVERITIES, summarize, type Report } from './model.js';

/** The verdict a task records in its JSON report (`Report.verdict`): the gate reads it back. */
export interface ReportVerdict {
  passed: boolean;
  checks: CheckVerdict[];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Suppressed findings of one or more reports counted per check and reason (each finding once): `compliance: 2 × waiver "reason"`. */
export function suppressedCounts(...reports: Report[]): { check: string; reason: string; count: number }[] {
  const counts = new Map<string, { check: string; reason: string; count: number }>();
  for (const r of reports.flatMap((report) => report.results)) {
    for (const f of r.findings) {
      if (f.status !== 'suppressed') continue;
      const reason = `${f.suppression?.source ?? 'suppressed'}${f.suppression?.justification ? `: ${f.suppression.justification}` : ''}`;
      const key = `${r.check}\u0000${reason}`;
      const c = counts.get(key) ?? { check: r.check, reason, count: 0 };
      c.count++;
      counts.set(key, c);
    }
  }
  return [...counts.values()].sort((a, b) => a.check.localeCompare(b.check) || b.count - a.count || a.reason.localeCompare(b.reason));
}

/**
 * One line per task, printed last in its output: `flightcheck airflow-image:dockerfile-lint: FAILED
 * (1 medium at or above low) · 2 findings (1 medium, 1 low) · 0 suppressed`.
 */
export function verdictLine(label: string, report: Report): string {
  const s = summarize(report);
  const verdicts = report.verdict?.checks ?? [];
  const failedChecks = verdicts.filter((v) => v.failed);
  const total = SEVERITIES.reduce((n, k) => n + s.fail[k], 0);
  const counts = SEVERITIES.filter((k) => s.fail[k]).map((k) => `${s.fail[k]} ${k}`);
  const why = failedChecks
    .map((v) => (v.errors ? `${v.check} could not run` : `${v.check}: ${plural(v.failing, 'finding')} at or above ${v.failOn}`))
    .join('; ');
  const state = report.verdict ? (report.verdict.passed ? 'PASSED' : `FAILED (${why})`) : 'NO VERDICT';
  return `flightcheck ${label}: ${state} · ${plural(total, 'finding')}${counts.length ? ` (${counts.join(', ')})` : ''} · ${s.suppressed} suppressed${s.errors ? ` · ${s.errors} could not run` : ''}`;
}

export interface GateTask {
  /** `project:target` */
  task: string;
  report?: Report;
  /** Why there is no report (the task wrote none, or it was unreadable). */
  missing?: string;
}

/** Whether every task passed and wrote its report, and one line per task (`✓`/`✗` and its verdict line). */
function taskLines(tasks: GateTask[]): { passed: boolean; lines: string[] } {
  let passed = true;
  const lines: string[] = [];
  for (const t of tasks) {
    if (!t.report) {
      passed = false;
      lines.push(`  ✗ flightcheck ${t.task}: FAILED (${t.missing ?? 'no report'})`);
      continue;
    }
    const ok = t.report.verdict?.passed ?? false;
    if (!ok) passed = false;
    lines.push(`  ${ok ? '✓' : '✗'} ${verdictLine(t.task, t.report)}`);
  }
  return { passed, lines };
}

/**
 * The `security` target's summary of its checks: one line per task and the verdict. The suppressed
 * findings per reason are in each check task's own output and in the run's summary (`runSummary`), so
 * they are counted here only in each task's line.
 */
export function gateSummary(project: string, tasks: GateTask[]): { passed: boolean; text: string } {
  const { passed, lines } = taskLines(tasks);
  const text = [`flightcheck ${project}:security: ${plural(tasks.length, 'check task')}`, ...lines, `flightcheck ${project}:security: ${passed ? 'PASSED' : 'FAILED'}`];
  return { passed, text: `${text.join('\n')}\n` };
}

/**
 * The summary that ends a run of the gate over several projects: one line per check task, the suppressed
 * findings of the whole run counted once per check and reason, and the merged verdict last.
 */
export function runSummary(projects: { project: string; tasks: GateTask[] }[]): { passed: boolean; text: string } {
  const all = projects.flatMap((p) => p.tasks);
  const { passed, lines } = taskLines(all);
  const suppressed = suppressedCounts(...all.flatMap((t) => (t.report ? [t.report] : [])));
  const n = plural(projects.length, 'project');
  const text = [
    `flightcheck gate: ${n}, ${plural(all.length, 'check task')}`,
    ...lines,
    ...suppressed.map((c) => `  suppressed ${c.count} × ${c.check} (${c.reason})`),
    `flightcheck gate: ${passed ? 'PASSED' : 'FAILED'} (${n})`,
  ];
  return { passed, text: `${text.join('\n')}\n` };
}
