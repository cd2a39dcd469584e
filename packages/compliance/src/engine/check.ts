import { defineRule, type Rule, type RuleMeta, type Severity } from '@flightcheck/core';
import type { ObjectIndex } from './object-index.js';
import type { Comment, Grade, KubeObject, ScoreOptions } from './types.js';

/** What a check looks at: one object, the index of every object of the run, the options. */
export interface CheckSubject {
  object: KubeObject;
  index: ObjectIndex;
  options: ScoreOptions;
  /** Marks the check skipped (kube-score's Skipped), with a comment, keeping `grade` (0 by default). */
  skip(summary: string, grade?: Grade): void;
  /** Adds a comment to a passing result (kube-score prints comments on some OK checks). */
  note(summary: string, description?: string, path?: string): void;
}

/**
 * A kube-score check on the core rule contract. Failing comments go through `ctx.report` with a severity:
 * `high` = CRITICAL, `medium` = WARNING, `low` = ALMOST_OK; `properties.path` is the comment's path and
 * `resolution` its description. A check that reports nothing is OK.
 */
export interface KubeCheck extends Rule<CheckSubject, string, ScoreOptions> {
  /** kube-score's display name (`Container Image Tag`). */
  name: string;
  /** Which objects the check runs on (kind and apiVersion). */
  appliesTo(object: KubeObject): boolean;
  /** Pod checks also read the pod template's `kube-score/*` annotations. */
  podCheck: boolean;
}

export const DOCS_URL = 'https://github.com/zegl/kube-score/blob/master/README_CHECKS.md';

export interface CheckDefinition<M extends string> {
  id: string;
  name: string;
  target: string;
  optional?: boolean;
  description: string;
  messages: Record<M, string>;
  appliesTo: (object: KubeObject) => boolean;
  check(subject: CheckSubject, ctx: Parameters<Rule<CheckSubject, M, ScoreOptions>['check']>[1]): void;
}

export function defineCheck<M extends string>(d: CheckDefinition<M>): KubeCheck {
  const meta: RuleMeta<M> = {
    id: d.id,
    target: d.target,
    severity: 'high',
    ...(d.optional ? { optional: true } : {}),
    docs: { description: d.description, url: DOCS_URL },
    messages: d.messages,
  };
  const rule = defineRule<CheckSubject, M, ScoreOptions>({ meta, check: d.check });
  return { ...(rule as unknown as Rule<CheckSubject, string, ScoreOptions>), name: d.name, appliesTo: d.appliesTo, podCheck: d.target === 'Pod' };
}

export const GRADE_OF_SEVERITY: Partial<Record<Severity, Grade>> = { critical: 1, high: 1, medium: 5, low: 7 };

export const isPodHolder = (o: KubeObject) => Boolean(o.pod);
export const isAppsV1 = (kind: string) => (o: KubeObject) => o.kind === kind && o.apiVersion === 'apps/v1';
export const isKind = (kind: string) => (o: KubeObject) => o.kind === kind;
export const isAny = () => true;
export const isBatchJob = (o: KubeObject) => (o.kind === 'Job' || o.kind === 'CronJob') && o.apiVersion.startsWith('batch/');

export type { Comment };
