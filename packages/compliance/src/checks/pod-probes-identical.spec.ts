import { describe, expect, it } from 'vitest';
import { container, gradeOf, pod } from './__fixtures__/build.js';
import check from './pod-probes-identical.js';

describe('pod-probes-identical', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('pod-probes-identical'));
  it("OK with different probes", () => expect(gradeOf('pod-probes-identical', [pod()])).toBe('OK'));
  it("CRITICAL with identical httpGet", () => expect(gradeOf('pod-probes-identical', [pod({ containers: [container({ livenessProbe: { httpGet: { path: '/ready', port: 8080 } } })] })])).toBe('CRITICAL'));
  it("CRITICAL with identical exec", () => expect(gradeOf('pod-probes-identical', [pod({ containers: [container({ readinessProbe: { exec: { command: ['true'] } }, livenessProbe: { exec: { command: ['true'] } } })] })])).toBe('CRITICAL'));
  it("two named ports compare as equal", () => expect(gradeOf('pod-probes-identical', [pod({ containers: [container({ readinessProbe: { httpGet: { path: '/', port: 'a' } }, livenessProbe: { httpGet: { path: '/', port: 'b' } } })] })])).toBe('CRITICAL'));
});
