import type { ScoredObject } from '../engine/types.js';

function objectMeta(meta: ScoredObject['metadata']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(meta)) {
    if (v === undefined || v === null || v === '') continue;
    if ((k === 'labels' || k === 'annotations') && typeof v === 'object' && !Object.keys(v).length) continue;
    out[k] = v;
  }
  return out;
}

/** kube-score's JSON v2 (`score -o json`): one element per scored object. */
export function renderKubeScoreJson(scored: readonly ScoredObject[]): string {
  const out = scored.map((o) => ({
    object_name: o.key,
    type_meta: { kind: o.kind, apiVersion: o.apiVersion },
    object_meta: objectMeta(o.metadata),
    checks: o.checks.map((c) => ({
      check: { name: c.check.name, id: c.check.id, target_type: c.check.targetType, comment: c.check.comment, optional: c.check.optional },
      grade: c.grade,
      skipped: c.skipped,
      comments: c.comments.length ? c.comments.map((m) => ({ path: m.path, summary: m.summary, description: m.description })) : null,
    })),
    file_name: o.file,
    file_row: o.line,
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}
