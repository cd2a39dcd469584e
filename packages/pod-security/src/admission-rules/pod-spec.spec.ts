import { describe, expect, it } from 'vitest';
import { judgeText } from '../__fixtures__/judge.js';

describe('pod-spec', () => {
  it('fails a field of the wrong type instead of reading it as unset', () => {
    const { findings } = judgeText('apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: a\n      securityContext:\n        privileged: "true"\n', { level: 'baseline', version: { minor: 35, latest: true } });
    expect(findings.map((f) => [f.ruleId, f.message, f.location?.line])).toEqual([
      ['pod-spec', 'spec.containers[0].securityContext.privileged must be a boolean, not a string: the API server would reject it, and it cannot be judged', 8],
    ]);
  });
  it('fails a pod spec too large to judge', () => {
    const vols = Array.from({ length: 5001 }, (_, i) => `    - name: v${i}`).join('\n');
    const { findings } = judgeText(`apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  volumes:\n${vols}\n`);
    expect(findings.map((f) => f.message)).toEqual(['spec.volumes holds 5001 items, more than 5000: the pod spec is too large to judge']);
  });
});
