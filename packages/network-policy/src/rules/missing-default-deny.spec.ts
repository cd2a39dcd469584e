import { describe, expect, it } from 'vitest';
import rule from './missing-default-deny.js';
import { AIRFLOWISH, findingsOf } from './subject.spec.js';

describe('missing-default-deny', () => {
  it('passes with a default deny in both directions', () => {
    expect(findingsOf(rule, AIRFLOWISH)).toEqual([]);
  });
  it('reports each direction without one, per namespace', () => {
    const f = findingsOf(rule, AIRFLOWISH.replace('policyTypes: [Ingress, Egress]', 'policyTypes: [Ingress]'));
    expect(f.map((x) => [x.severity, x.message])).toEqual([['medium', 'namespace n has no default-deny egress NetworkPolicy (podSelector: {} with policyTypes [Egress] and no egress rules)']]);
  });
});
