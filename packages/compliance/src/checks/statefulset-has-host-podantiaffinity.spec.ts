import { describe, expect, it } from 'vitest';
import { gradeOf, statefulset } from './__fixtures__/build.js';
import check from './statefulset-has-host-podantiaffinity.js';

describe('statefulset-has-host-podantiaffinity', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('statefulset-has-host-podantiaffinity'));
  it("OK with a required zone term", () => expect(gradeOf('statefulset-has-host-podantiaffinity', [statefulset({}, {}, { affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'topology.kubernetes.io/zone', labelSelector: { matchLabels: { app: 'a' } } }] } } })])).toBe('OK'));
  it("WARNING with another topology key", () => expect(gradeOf('statefulset-has-host-podantiaffinity', [statefulset({}, {}, { affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'rack', labelSelector: { matchLabels: { app: 'a' } } }] } } })])).toBe('WARNING'));
});
