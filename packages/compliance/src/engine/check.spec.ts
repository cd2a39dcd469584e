import { describe, expect, it } from 'vitest';
import { defineCheck, GRADE_OF_SEVERITY, isAppsV1 } from './check.js';

describe('defineCheck', () => {
  it('builds a core rule with kube-score meta', () => {
    const c = defineCheck({ id: 'x-check', name: 'X', target: 'Pod', optional: true, description: 'd', messages: { m: 'msg' }, appliesTo: () => true, check: () => {} });
    expect(c.meta).toMatchObject({ id: 'x-check', target: 'Pod', optional: true, severity: 'high' });
    expect(c.podCheck).toBe(true);
    expect(() => defineCheck({ id: 'bad id', name: 'X', target: 'Pod', description: 'd', messages: { m: 'x' }, appliesTo: () => true, check: () => {} })).toThrow();
  });
  it('maps severities to grades and matches apps/v1 kinds', () => {
    expect(GRADE_OF_SEVERITY).toMatchObject({ high: 1, medium: 5, low: 7 });
    expect(isAppsV1('Deployment')({ kind: 'Deployment', apiVersion: 'apps/v1' } as never)).toBe(true);
    expect(isAppsV1('Deployment')({ kind: 'Deployment', apiVersion: 'extensions/v1beta1' } as never)).toBe(false);
  });
});
