import { describe, expect, it } from 'vitest';
import { container, gradeOf, pod } from './__fixtures__/build.js';
import check from './container-resource-requests-equal-limits.js';

describe('container-resource-requests-equal-limits', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('container-resource-requests-equal-limits'));
  it("OK when equal by quantity", () => expect(gradeOf('container-resource-requests-equal-limits', [pod()])).toBe('OK'));
  it("CRITICAL when CPU differs", () => expect(gradeOf('container-resource-requests-equal-limits', [pod({ containers: [container({ resources: { limits: { cpu: '2', memory: '1Gi' }, requests: { cpu: '1', memory: '1Gi' } } })] })])).toBe('CRITICAL'));
  it("SKIPPED when not enabled", () => expect(gradeOf('container-resource-requests-equal-limits', [pod()], { enableOptionalTests: [] })).toBe('SKIPPED'));
});
