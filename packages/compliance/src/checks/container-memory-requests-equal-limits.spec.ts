import { describe, expect, it } from 'vitest';
import { container, gradeOf, pod } from './__fixtures__/build.js';
import check from './container-memory-requests-equal-limits.js';

describe('container-memory-requests-equal-limits', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('container-memory-requests-equal-limits'));
  it("OK: 1Gi equals 1024Mi", () => expect(gradeOf('container-memory-requests-equal-limits', [pod()])).toBe('OK'));
  it("CRITICAL when they differ", () => expect(gradeOf('container-memory-requests-equal-limits', [pod({ containers: [container({ resources: { limits: { memory: '2Gi' }, requests: { memory: '1Gi' } } })] })])).toBe('CRITICAL'));
  it("enabled by the kube-score/enable annotation", () => expect(gradeOf('container-memory-requests-equal-limits', [pod({}, { annotations: { 'kube-score/enable': 'container-memory-requests-equal-limits' } })], { enableOptionalTests: [] })).toBe('OK'));
});
