import type { ObjectRef } from '@flightcheck/core';
import { highestLevels, PodEvaluator, violationsBySlot, type LevelRange } from './engine/evaluate.js';
import type { PodPath, PodView } from './engine/pod.js';
import type { Level } from './engine/versions.js';
import type { K8sObject } from './manifests.js';

/** At most this many fields of a violation are named (with their lines) in its finding. */
export const MAX_FIELDS = 50;

/** One offending field of a violation, placed: its path from the object's root as a user reads it, and its line. */
export interface PlacedField {
  path: string;
  line: number;
  container?: string;
}

/** What a check implementation found wrong with a pod, its fields placed (the first MAX_FIELDS of `count`). */
export interface PlacedViolation {
  reason: string;
  detail: string;
  fields: PlacedField[];
  count: number;
}

/**
 * A workload judged at every level and version, as plain data: all that its findings and level notices need
 * once its document is gone (the tree, the pod view and the evaluator are not kept), so that a run holds one
 * document at a time and not the whole stream. Made before the namespaces are known; the namespace's labels
 * pick the levels and versions that count afterwards (judge.ts).
 */
export interface WorkloadVerdicts {
  ref: ObjectRef;
  /** `Deployment ns/name`: how level notices name it. */
  title: string;
  /** The object's file (Helm's name), first line and the input it was read from. */
  file: string;
  line: number;
  source: string;
  namespace: string;
  /** The pod's `runtimeClassName`, when a string (exemptions.runtimeClasses). */
  runtimeClassName?: string;
  /** The object's own line (where a violation without fields is placed); 0 when no verdict needs it. */
  rootLine: number;
  /** The verdict of every check implementation, by slot (PodEvaluator.verdicts). */
  verdicts: (PlacedViolation | null | undefined)[];
  /** The highest level the pod passes at each policy version. */
  ranges: LevelRange[];
}

/** `spec.template.spec.containers[0].securityContext`: a path as a user reads it. */
export function pathText(path: readonly (string | number)[]): string {
  let s = '';
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(seg)) s += s ? `.${seg}` : seg;
    else s += `[${JSON.stringify(seg)}]`;
  }
  return s;
}

export const refOf = (o: K8sObject): ObjectRef => ({ apiVersion: o.apiVersion, kind: o.kind, namespace: o.metadata.namespace || 'default', name: o.metadata.name ?? o.metadata.generateName ?? '' });
export const nameOf = (o: K8sObject) => `${o.kind} ${o.metadata.namespace || 'default'}/${o.metadata.name ?? o.metadata.generateName ?? '?'}`;

/**
 * Judges a workload's pod (with the API server's defaults) at every level and version and places the fields of
 * every violation in the object (`base`: the path from the object's root to the pod's). The lines are looked up
 * only for violations, so a clean workload's document is never indexed.
 */
export function judgeWorkload(o: K8sObject, pod: PodView, base: readonly (string | number)[]): WorkloadVerdicts {
  const ev = new PodEvaluator(pod);
  const full = (p: PodPath) => [...base, ...p];
  let rootLine = 0;
  const verdicts = ev.verdicts().map((v): PlacedViolation | null | undefined => {
    if (!v) return v;
    if (!v.fields.length) rootLine ||= o.lineOf([]);
    const fields = v.fields.slice(0, MAX_FIELDS).map((f) => ({ path: pathText(full(f.path)), line: o.lineOf(full(f.path)), ...(f.container !== undefined ? { container: f.container } : {}) }));
    return { reason: v.reason, detail: v.detail, fields, count: v.fields.length };
  });
  const rc = pod.spec.runtimeClassName;
  return {
    ref: refOf(o),
    title: nameOf(o),
    file: o.file,
    line: o.line,
    source: o.source,
    namespace: o.metadata.namespace || 'default',
    ...(typeof rc === 'string' ? { runtimeClassName: rc } : {}),
    rootLine,
    verdicts,
    ranges: highestLevels(ev),
  };
}

/** Every check the workload violates at a level and version, in the library's order. */
export const violationsAt = (w: WorkloadVerdicts, level: Level, minor: number) => violationsBySlot(w.verdicts, level, minor);
