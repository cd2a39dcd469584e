import type { ScoreOptions } from './types.js';

export const IGNORE_ANNOTATION = 'kube-score/ignore';
export const ENABLE_ANNOTATION = 'kube-score/enable';

/** Ids a token stands for: `container-resources` also covers the ephemeral-storage check. */
const IMPLIED: Record<string, string[]> = {
  'container-resources': ['container-ephemeral-storage-request-and-limit'],
};

function tokens(value: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const t of (value ?? '').split(',')) {
    const id = t.trim();
    if (!id) continue;
    out.add(id);
    for (const x of IMPLIED[id] ?? []) out.add(x);
  }
  return out;
}

export interface EnabledDecision {
  enabled: boolean;
  /** Why, when not enabled by default. */
  reason?: string;
}

/**
 * kube-score's precedence: template ignore, template enable, object ignore, object enable,
 * --enable-optional-test / --all-default-optional, optional → off, otherwise on.
 */
export function decideEnabled(
  id: string,
  optional: boolean,
  objectAnnotations: Record<string, string>,
  templateAnnotations: Record<string, string> | undefined,
  opts: ScoreOptions,
): EnabledDecision {
  const decided = (templateAnnotations && byAnnotation(id, templateAnnotations, 'pod template', opts)) || byAnnotation(id, objectAnnotations, 'object', opts);
  if (decided) return decided;
  if (opts.allDefaultOptional || opts.enableOptionalTests.includes(id)) return ENABLED;
  if (optional) return OPTIONAL_OFF;
  return ENABLED;
}

const ENABLED: EnabledDecision = Object.freeze({ enabled: true });
const OPTIONAL_OFF: EnabledDecision = Object.freeze({ enabled: false, reason: 'optional check, not enabled' });

function byAnnotation(id: string, ann: Record<string, string>, where: string, opts: ScoreOptions): EnabledDecision | undefined {
  const ignore = ann[IGNORE_ANNOTATION];
  const enable = ann[ENABLE_ANNOTATION];
  if (ignore === undefined && enable === undefined) return undefined; // the common case: nothing to split
  if (opts.useIgnoreChecksAnnotation && tokens(ignore).has(id)) return { enabled: false, reason: `ignored by the ${IGNORE_ANNOTATION} annotation of the ${where}` };
  if (opts.useOptionalChecksAnnotation && tokens(enable).has(id)) return { enabled: true, reason: `enabled by the ${ENABLE_ANNOTATION} annotation of the ${where}` };
  return undefined;
}
