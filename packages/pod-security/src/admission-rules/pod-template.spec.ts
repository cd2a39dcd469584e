import { describe, expect, it } from 'vitest';
import { judgeText } from '../__fixtures__/judge.js';

describe('pod-template', () => {
  it('fails a workload without a pod template, at the nearest line', () => {
    const { findings } = judgeText('apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d, namespace: x }\nspec:\n  replicas: 1\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.ruleId).toBe('pod-template');
    expect(findings[0]!.message).toBe('Deployment d has no pod template at spec.template.spec (spec.template is missing): it cannot be judged, so it fails');
    expect(findings[0]!.location).toEqual({ file: 'm.yaml', line: 4 });
  });
  it('fails a CronJob whose jobTemplate is broken', () => {
    const { findings } = judgeText('apiVersion: batch/v1\nkind: CronJob\nmetadata: { name: c }\nspec:\n  schedule: "* * * * *"\n  jobTemplate: [oops]\n');
    expect(findings[0]!.message).toBe('CronJob c has no pod template at spec.jobTemplate.spec.template.spec (spec.jobTemplate is a list, not a mapping): it cannot be judged, so it fails');
    expect(findings[0]!.location?.line).toBe(6);
    expect(findings[0]!.object).toEqual({ apiVersion: 'batch/v1', kind: 'CronJob', namespace: 'default', name: 'c' });
  });
});
