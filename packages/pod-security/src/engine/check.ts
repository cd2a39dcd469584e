import { defineRule, type Rule } from '@flightcheck/core';
import type { PodPath, PodView } from './pod.js';
import type { Level } from './versions.js';

/** One offending (or missing) field: where it is, and the container it belongs to. */
export interface ViolationField {
  path: PodPath;
  container?: string;
}

/** A check that forbids the pod: the library's reason and detail, and the fields behind them. */
export interface Violation {
  reason: string;
  detail: string;
  fields: ViolationField[];
}

export type CheckFn = (pod: PodView) => Violation | undefined;

/** One implementation of a check, in force from policy version v1.`min`. */
export interface CheckVersion {
  min: number;
  check: CheckFn;
  /** Baseline checks this restricted check replaces at restricted level from this version on. */
  overrides?: string[];
}

/** What a pod-security rule looks at in the rule tester: a pod and the policy version. */
export interface PssSubject {
  pod: PodView;
  minor: number;
}

export interface PssCheck extends Rule<PssSubject, 'forbidden', unknown> {
  level: Exclude<Level, 'privileged'>;
  versions: readonly CheckVersion[];
  /** The Restricted Fields and Allowed Values, as the library documents them. */
  fields: string;
  /** The implementation in force at v1.`minor` (the newest whose minimum is not above it), or undefined. */
  at(minor: number): CheckVersion | undefined;
}

export const DOCS_URL = 'https://kubernetes.io/docs/concepts/security/pod-security-standards/';

export interface PssCheckDefinition {
  id: string;
  level: Exclude<Level, 'privileged'>;
  description: string;
  fields: string;
  versions: CheckVersion[];
}

/** Declares a check of the library as a flightcheck rule (rule id = the library's check id). */
export function definePssCheck(d: PssCheckDefinition): PssCheck {
  const versions = [...d.versions].sort((a, b) => a.min - b.min);
  const at = (minor: number) => {
    let found: CheckVersion | undefined;
    for (const v of versions) if (v.min <= minor) found = v;
    return found;
  };
  const rule = defineRule<PssSubject, 'forbidden', unknown>({
    meta: {
      id: d.id,
      target: 'Pod',
      severity: 'high',
      docs: { description: d.description, url: DOCS_URL },
      messages: { forbidden: '{{reason}} ({{detail}})' },
    },
    check(subject, ctx) {
      const v = at(subject.minor)?.check(subject.pod);
      if (v) ctx.report({ messageId: 'forbidden', data: { reason: v.reason, detail: v.detail }, properties: { fields: v.fields } });
    },
  });
  return { ...rule, level: d.level, versions, fields: d.fields, at };
}
