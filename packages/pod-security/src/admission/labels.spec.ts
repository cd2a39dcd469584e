import { describe, expect, it } from 'vitest';
import { policyFromLabels, policyText } from './labels.js';

const L = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [`pod-security.kubernetes.io/${k}`, v]));

describe('namespace labels', () => {
  it('reads enforce, audit and warn with their versions', () => {
    const p = policyFromLabels(L({ enforce: 'restricted', 'enforce-version': 'v1.30', audit: 'baseline', warn: 'baseline', 'warn-version': 'v1.2' }));
    expect(policyText(p.enforce)).toBe('restricted:v1.30');
    expect(policyText(p.audit)).toBe('baseline:latest');
    expect(policyText(p.warn)).toBe('baseline:v1.2');
    expect(p.enforceLabelled).toBe(true);
    expect(p.errors).toEqual([]);
  });
  it('defaults missing labels to privileged at latest', () => {
    const p = policyFromLabels({});
    expect(policyText(p.enforce)).toBe('privileged:latest');
    expect(p.enforceLabelled).toBe(false);
  });
  it('fails closed on a bad enforce level, open on bad audit and warn, latest on a bad version', () => {
    const p = policyFromLabels(L({ enforce: 'Restricted', audit: 'strict', warn: 'x', 'enforce-version': '1.30' }));
    expect(p.enforce.level).toBe('restricted');
    expect(p.enforce.version.latest).toBe(true);
    expect(p.audit.level).toBe('privileged');
    expect(p.warn.level).toBe('privileged');
    expect(p.errors.map((e) => e.label)).toEqual([
      'pod-security.kubernetes.io/enforce', 'pod-security.kubernetes.io/enforce-version', 'pod-security.kubernetes.io/audit', 'pod-security.kubernetes.io/warn',
    ]);
  });
  it('lets warn follow a stricter enforce when it has no label of its own', () => {
    expect(policyText(policyFromLabels(L({ enforce: 'baseline', 'enforce-version': 'v1.20' })).warn)).toBe('baseline:v1.20');
    expect(policyText(policyFromLabels(L({ enforce: 'baseline', 'enforce-version': 'v1.20', 'warn-version': 'v1.25' })).warn)).toBe('baseline:v1.25');
    expect(policyText(policyFromLabels(L({ enforce: 'restricted', warn: 'privileged' })).warn)).toBe('privileged:latest');
  });
});
