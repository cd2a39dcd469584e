import { describe, expect, it } from 'vitest';
import { container, gradeOf, pod } from './__fixtures__/build.js';
import check from './container-ephemeral-storage-request-equals-limit.js';

describe('container-ephemeral-storage-request-equals-limit', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('container-ephemeral-storage-request-equals-limit'));
  it("OK when equal", () => expect(gradeOf('container-ephemeral-storage-request-equals-limit', [pod()])).toBe('OK'));
  it("OK when one is missing", () => expect(gradeOf('container-ephemeral-storage-request-equals-limit', [pod({ containers: [container({ resources: { limits: { 'ephemeral-storage': '1Gi' } } })] })])).toBe('OK'));
  it("CRITICAL when they differ", () => expect(gradeOf('container-ephemeral-storage-request-equals-limit', [pod({ containers: [container({ resources: { limits: { 'ephemeral-storage': '2Gi' }, requests: { 'ephemeral-storage': '1Gi' } } })] })])).toBe('CRITICAL'));
});
