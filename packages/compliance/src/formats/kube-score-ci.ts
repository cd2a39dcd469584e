import { gradeName, type ScoredObject } from '../engine/types.js';

/** kube-score's `ci` output: objects sorted by key, one line per comment (or per check without comments). */
export function renderKubeScoreCi(scored: readonly ScoredObject[]): string {
  const lines: string[] = [];
  for (const o of [...scored].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const ref = `${o.metadata.name ?? ''}${o.metadata.namespace ? `/${o.metadata.namespace}` : ''} ${o.apiVersion}/${o.kind}`;
    for (const c of o.checks) {
      const g = gradeName(c.grade, c.skipped);
      if (!c.comments.length) lines.push(`[${g}] ${ref}`);
      for (const m of c.comments) lines.push(`[${g}] ${ref}: ${m.path ? `(${m.path}) ` : ''}${m.summary}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
