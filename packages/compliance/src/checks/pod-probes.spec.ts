import { describe, expect, it } from 'vitest';
import { container, cronjob, gradeOf, pod, service } from './__fixtures__/build.js';
import check from './pod-probes.js';

describe('pod-probes', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('pod-probes'));
  it("OK with both probes", () => expect(gradeOf('pod-probes', [pod(), service()])).toBe('OK'));
  it("CRITICAL without readiness", () => expect(gradeOf('pod-probes', [pod({ containers: [container({ readinessProbe: undefined })] }), service()])).toBe('CRITICAL'));
  it("ALMOST_OK without liveness", () => expect(gradeOf('pod-probes', [pod({ containers: [container({ livenessProbe: undefined })] }), service()])).toBe('ALMOST_OK'));
  it("SKIPPED when no Service targets the pod", () => expect(gradeOf('pod-probes', [pod({ containers: [container({ readinessProbe: undefined })] })])).toBe('SKIPPED'));
  it("probes on different containers are enough", () => expect(gradeOf('pod-probes', [pod({ containers: [container({ livenessProbe: undefined }), container({ name: 'b', readinessProbe: undefined })] }), service()])).toBe('OK'));
  it("batch CronJobs are OK", () => expect(gradeOf('pod-probes', [cronjob({}, { containers: [container({ readinessProbe: undefined })] }), service()])).toBe('OK'));
});
