import { describe, expect, it } from 'vitest';
import { deployment, scoreOf } from '../__fixtures__/build.js';
import { HOST_TOPOLOGY_KEYS } from './anti-affinity.js';

describe('checkHostAntiAffinity', () => {
  it('knows the host and zone topology keys', () => {
    expect(HOST_TOPOLOGY_KEYS.has('kubernetes.io/hostname')).toBe(true);
  });
  it('a term whose selector does not match the pod does not count', () => {
    const term = { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app: 'other' } } };
    expect(scoreOf('deployment-has-host-podantiaffinity', [deployment({}, {}, { affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term] } } })]).grade).toBe(5);
  });
});
