import { describe, expect, it } from 'vitest';
import { MAX_LIST_ITEMS, shapeProblems } from './shape.js';

describe('pod spec shape', () => {
  it('accepts a well-typed spec and nulls', () => {
    expect(shapeProblems({ hostNetwork: false, securityContext: { runAsNonRoot: true, runAsUser: 5, sysctls: [] }, containers: [{ name: 'a', securityContext: { privileged: null, capabilities: { drop: ['ALL'] } }, ports: [{ containerPort: 80 }] }] })).toEqual([]);
  });
  it('names each field of the wrong type', () => {
    const p = shapeProblems({
      hostPID: 'yes',
      securityContext: { runAsUser: 1.5 },
      containers: [{ name: 'a', securityContext: { privileged: 'true', capabilities: { add: [3] } }, ports: [{ hostPort: '80' }] }, 'x'],
    });
    expect(p.map((x) => `${x.path.join('.')}: ${x.expected} not ${x.actual}`)).toEqual([
      'spec.hostPID: a boolean not a string',
      'spec.securityContext.runAsUser: an integer not a fraction',
      'spec.containers.0.securityContext.privileged: a boolean not a string',
      'spec.containers.0.securityContext.capabilities.add.0: a string not a number',
      'spec.containers.0.ports.0.hostPort: an integer not a string',
      'spec.containers.1: a mapping not a string',
    ]);
  });
  it('bounds the lists', () => {
    const many = Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => ({ name: `v${i}` }));
    expect(shapeProblems({ volumes: many })).toEqual([{ path: ['spec', 'volumes'], kind: 'size', count: MAX_LIST_ITEMS + 1 }]);
  });
});
