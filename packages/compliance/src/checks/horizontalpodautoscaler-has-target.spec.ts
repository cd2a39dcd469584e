import { describe, expect, it } from 'vitest';
import { deployment, gradeOf, hpa } from './__fixtures__/build.js';
import check from './horizontalpodautoscaler-has-target.js';

describe('horizontalpodautoscaler-has-target', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('horizontalpodautoscaler-has-target'));
  it("OK when the deployment exists", () => expect(gradeOf('horizontalpodautoscaler-has-target', [hpa(), deployment()], {}, 'HorizontalPodAutoscaler')).toBe('OK'));
  it("CRITICAL when it does not", () => expect(gradeOf('horizontalpodautoscaler-has-target', [hpa()])).toBe('CRITICAL'));
  it("CRITICAL when the apiVersion differs", () => expect(gradeOf('horizontalpodautoscaler-has-target', [hpa({ scaleTargetRef: { apiVersion: 'apps/v1beta1', kind: 'Deployment', name: 'd' } }), deployment()], {}, 'HorizontalPodAutoscaler')).toBe('CRITICAL'));
});
