import { describe, expect, it } from 'vitest';
import { gradeOf, pod } from './__fixtures__/build.js';
import check from './pod-topology-spread-constraints.js';

describe('pod-topology-spread-constraints', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('pod-topology-spread-constraints'));
  it("OK without constraints", () => expect(gradeOf('pod-topology-spread-constraints', [pod()])).toBe('OK'));
  it("OK with a valid constraint", () => expect(gradeOf('pod-topology-spread-constraints', [pod({ topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'a' } } }] })])).toBe('OK'));
  it("CRITICAL without labelSelector", () => expect(gradeOf('pod-topology-spread-constraints', [pod({ topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule' }] })])).toBe('CRITICAL'));
  it("CRITICAL with minDomains 0", () => expect(gradeOf('pod-topology-spread-constraints', [pod({ topologySpreadConstraints: [{ maxSkew: 1, minDomains: 0, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule', labelSelector: {} }] })])).toBe('CRITICAL'));
});
