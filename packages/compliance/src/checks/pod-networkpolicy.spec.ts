import { describe, expect, it } from 'vitest';
import { gradeOf, netpol, pod } from './__fixtures__/build.js';
import check from './pod-networkpolicy.js';

describe('pod-networkpolicy', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('pod-networkpolicy'));
  it("OK with ingress and egress", () => expect(gradeOf('pod-networkpolicy', [pod(), netpol()])).toBe('OK'));
  it("WARNING with ingress only", () => expect(gradeOf('pod-networkpolicy', [pod(), netpol({ policyTypes: ['Ingress'] })])).toBe('WARNING'));
  it("no policyTypes: ingress, plus egress when egress rules exist", () => expect(gradeOf('pod-networkpolicy', [pod(), netpol({ policyTypes: undefined, egress: [{}] })])).toBe('OK'));
  it("no policyTypes and no egress rules: ingress only", () => expect(gradeOf('pod-networkpolicy', [pod(), netpol({ policyTypes: undefined })])).toBe('WARNING'));
  it("CRITICAL without a policy", () => expect(gradeOf('pod-networkpolicy', [pod()])).toBe('CRITICAL'));
  it("empty podSelector selects every pod", () => expect(gradeOf('pod-networkpolicy', [pod(), netpol({ podSelector: {} })])).toBe('OK'));
  it("a policy in another namespace does not count", () => expect(gradeOf('pod-networkpolicy', [pod(), netpol({}, { namespace: 'other' })])).toBe('CRITICAL'));
});
