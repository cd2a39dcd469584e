import { describe, expect, it } from 'vitest';
import { container, gradeOf, pod } from './__fixtures__/build.js';
import check from './container-cpu-requests-equal-limits.js';

describe('container-cpu-requests-equal-limits', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('container-cpu-requests-equal-limits'));
  it("OK: 1 equals 1000m", () => expect(gradeOf('container-cpu-requests-equal-limits', [pod()])).toBe('OK'));
  it("OK when both are absent", () => expect(gradeOf('container-cpu-requests-equal-limits', [pod({ containers: [container({ resources: { limits: { memory: '1Gi' } } })] })])).toBe('OK'));
  it("CRITICAL when they differ", () => expect(gradeOf('container-cpu-requests-equal-limits', [pod({ containers: [container({ resources: { limits: { cpu: '500m' }, requests: { cpu: '250m' } } })] })])).toBe('CRITICAL'));
});
