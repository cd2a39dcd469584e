import { runRules } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { definePssCheck } from './check.js';

const demo = definePssCheck({
  id: 'demo',
  level: 'baseline',
  description: 'a demo check',
  fields: 'spec.x',
  versions: [
    { min: 3, check: () => ({ reason: 'old', detail: 'd3', fields: [] }) },
    { min: 10, check: (p) => (p.spec.x ? { reason: 'new', detail: 'd10', fields: [{ path: ['spec', 'x'] }] } : undefined) },
  ],
});

describe('definePssCheck', () => {
  it('picks the newest implementation whose minimum is not above the version', () => {
    expect(demo.at(2)).toBeUndefined();
    expect(demo.at(3)?.min).toBe(3);
    expect(demo.at(9)?.min).toBe(3);
    expect(demo.at(35)?.min).toBe(10);
  });
  it('reports the reason and detail as the message, the fields as properties', () => {
    const pod = { annotations: {}, spec: { x: true } };
    const f = runRules([demo], { pod, minor: 12 }, { file: 'f' });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toBe('new (d10)');
    expect(f[0]!.properties).toEqual({ fields: [{ path: ['spec', 'x'] }] });
    expect(runRules([demo], { pod, minor: 1 }, { file: 'f' })).toEqual([]);
  });
});
