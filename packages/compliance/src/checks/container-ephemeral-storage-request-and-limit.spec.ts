import { describe, expect, it } from 'vitest';
import { container, gradeOf, pod } from './__fixtures__/build.js';
import check from './container-ephemeral-storage-request-and-limit.js';

describe('container-ephemeral-storage-request-and-limit', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('container-ephemeral-storage-request-and-limit'));
  it("OK with both", () => expect(gradeOf('container-ephemeral-storage-request-and-limit', [pod()])).toBe('OK'));
  it("CRITICAL without a limit", () => expect(gradeOf('container-ephemeral-storage-request-and-limit', [pod({ containers: [container({ resources: { requests: { 'ephemeral-storage': '1Gi' } } })] })])).toBe('CRITICAL'));
  it("WARNING without a request", () => expect(gradeOf('container-ephemeral-storage-request-and-limit', [pod({ containers: [container({ resources: { limits: { 'ephemeral-storage': '1Gi' } } })] })])).toBe('WARNING'));
  it("ignored by kube-score/ignore: container-resources", () => expect(gradeOf('container-ephemeral-storage-request-and-limit', [pod({ containers: [container({ resources: {} })] }, { annotations: { 'kube-score/ignore': 'container-resources' } })])).toBe('SKIPPED'));
});
