import { describe, expect, it } from 'vitest';
import { gradeOf, hpa } from './__fixtures__/build.js';
import check from './horizontalpodautoscaler-replicas.js';

describe('horizontalpodautoscaler-replicas', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('horizontalpodautoscaler-replicas'));
  it("OK with 2", () => expect(gradeOf('horizontalpodautoscaler-replicas', [hpa()])).toBe('OK'));
  it("WARNING when minReplicas is missing (1)", () => expect(gradeOf('horizontalpodautoscaler-replicas', [hpa({ minReplicas: undefined })])).toBe('WARNING'));
  it("honours --min-replicas-hpa", () => expect(gradeOf('horizontalpodautoscaler-replicas', [hpa({ minReplicas: 1 })], { minReplicasHpa: 1 })).toBe('OK'));
});
