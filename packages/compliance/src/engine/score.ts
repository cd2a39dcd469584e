import { FlightcheckError, formatMessage, type Severity } from '@flightcheck/core';
import { GRADE_OF_SEVERITY, type CheckSubject, type KubeCheck } from './check.js';
import { decideEnabled } from './enabled.js';
import { ObjectIndex } from './object-index.js';
import { GRADES, type CheckScore, type Comment, type Grade, type KubeObject, type ScoreOptions, type ScoredObject } from './types.js';

export function objectKey(o: Pick<KubeObject, 'kind' | 'apiVersion' | 'metadata'>): string {
  return `${o.kind}/${o.apiVersion}/${o.metadata.namespace ?? ''}/${o.metadata.name ?? o.metadata.generateName ?? ''}`;
}

/** A check threw on an object (a bug, or input it cannot handle): the run fails closed. */
export class CheckCrashError extends FlightcheckError {
  constructor(
    readonly checkId: string,
    readonly object: string,
    cause: unknown,
  ) {
    super(`check ${checkId} could not score ${object}: ${(cause as Error)?.message ?? String(cause)}`);
  }
}

/** Runs one check on one object and returns its raw score (before enable/ignore). */
export function runCheck(check: KubeCheck, object: KubeObject, index: ObjectIndex, options: ScoreOptions): { grade: Grade; skipped: boolean; comments: Comment[] } {
  let skipped = false;
  let grade: Grade = GRADES.OK;
  const notes: Comment[] = [];
  const failures: Comment[] = [];
  let worst: Grade = GRADES.OK;
  const subject: CheckSubject = {
    object,
    index,
    options,
    skip(summary, g = GRADES.SKIPPED) {
      skipped = true;
      grade = g;
      notes.push({ path: '', summary, description: '' });
    },
    note(summary, description = '', path = '') {
      notes.push({ path, summary, description });
    },
  };
  const messages = check.meta.messages as Record<string, string>;
  check.check(subject, {
    file: object.file,
    options,
    report(d) {
      const template = messages[d.messageId];
      if (template === undefined) throw new Error(`unknown messageId ${d.messageId}`);
      const g = GRADE_OF_SEVERITY[(d.severity ?? check.meta.severity) as Severity] ?? GRADES.CRITICAL;
      if (g < worst) worst = g;
      failures.push({ path: String(d.properties?.path ?? ''), summary: formatMessage(template, d.data), description: d.resolution ?? '' });
    },
  });
  if (failures.length) return { grade: worst, skipped: false, comments: [...notes, ...failures] };
  return { grade, skipped, comments: notes };
}

/**
 * The object each score was computed on. kube-score merges objects of the same identity into one scorecard
 * entry (kube-score-json keeps that); every other format takes each score's own object, file and line.
 */
export const SCORE_SOURCE = new WeakMap<CheckScore, KubeObject>();

/** Scores every object with every check that applies to it, as kube-score does. */
export function scoreObjects(objects: readonly KubeObject[], checks: readonly KubeCheck[], options: ScoreOptions): ScoredObject[] {
  const index = new ObjectIndex(objects);
  const ignored = new Set(options.ignoreTests);
  const active = checks.filter((c) => !ignored.has(c.meta.id));
  // one CheckInfo per check, shared by its scores (81,000 scores for 10,000 objects)
  const infos = new Map(active.map((c) => [c, { id: c.meta.id, name: c.name, targetType: c.meta.target, comment: c.meta.docs.description, optional: Boolean(c.meta.optional) }]));
  const byKey = new Map<string, ScoredObject>();
  for (const object of objects) {
    const key = objectKey(object);
    let scored = byKey.get(key);
    if (!scored) {
      scored = { key, apiVersion: object.apiVersion, kind: object.kind, metadata: object.metadata, file: object.file, line: object.line, checks: [] };
      byKey.set(key, scored);
    }
    for (const check of active) {
      if (!check.appliesTo(object)) continue;
      let raw;
      try {
        raw = runCheck(check, object, index, options);
      } catch (e) {
        if (e instanceof FlightcheckError) throw e;
        throw new CheckCrashError(check.meta.id, key, e);
      }
      const decision = decideEnabled(
        check.meta.id,
        Boolean(check.meta.optional),
        object.metadata.annotations ?? {},
        check.podCheck && object.pod && object.kind !== 'Pod' ? object.pod.annotations : undefined,
        options,
      );
      const score: CheckScore = {
        check: infos.get(check)!,
        grade: raw.grade,
        skipped: raw.skipped,
        comments: raw.comments,
      };
      if (!decision.enabled) {
        score.skipped = true;
        score.comments = [{ path: '', summary: `Skipped because ${check.meta.id} is ignored`, description: decision.reason ?? '' }];
      }
      SCORE_SOURCE.set(score, object);
      scored.checks.push(score);
    }
  }
  return [...byKey.values()];
}
