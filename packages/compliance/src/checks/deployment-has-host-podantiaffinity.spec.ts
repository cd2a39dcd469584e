import { describe, expect, it } from 'vitest';
import { deployment, gradeOf } from './__fixtures__/build.js';
import check from './deployment-has-host-podantiaffinity.js';

describe('deployment-has-host-podantiaffinity', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('deployment-has-host-podantiaffinity'));
  it("WARNING without anti-affinity", () => expect(gradeOf('deployment-has-host-podantiaffinity', [deployment()])).toBe('WARNING'));
  it("OK with a preferred hostname term", () => expect(gradeOf('deployment-has-host-podantiaffinity', [deployment({}, {}, { affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['a'] }] } } }] } } })])).toBe('OK'));
  it("SKIPPED with 1 replica", () => expect(gradeOf('deployment-has-host-podantiaffinity', [deployment({ replicas: 1 })])).toBe('SKIPPED'));
});
