import { describe, expect, it } from 'vitest';
import { renderKubeScoreCi } from './kube-score-ci.js';

describe('kube-score-ci', () => {
  it('prints one line per comment, sorted by object key', () => {
    const c = (grade: 1 | 10, skipped: boolean, comments: { path: string; summary: string; description: string }[]) => ({ check: { id: 'x', name: 'X', targetType: 'Pod', comment: '', optional: false }, grade, skipped, comments });
    const text = renderKubeScoreCi([
      { key: 'Pod/v1/ns/b', apiVersion: 'v1', kind: 'Pod', metadata: { name: 'b', namespace: 'ns' }, file: 'f', line: 1, checks: [c(1, false, [{ path: 'app', summary: 'Image with latest tag', description: '' }])] },
      { key: 'Pod/v1/ns/a', apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a', namespace: 'ns' }, file: 'f', line: 1, checks: [c(10, false, []), c(1, true, [{ path: '', summary: 'Skipped because x is ignored', description: '' }])] },
    ]);
    expect(text).toBe('[OK] a/ns v1/Pod\n[SKIPPED] a/ns v1/Pod: Skipped because x is ignored\n[CRITICAL] b/ns v1/Pod: (app) Image with latest tag\n');
  });
});
