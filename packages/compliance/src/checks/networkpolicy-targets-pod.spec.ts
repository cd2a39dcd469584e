import { describe, expect, it } from 'vitest';
import { deployment, gradeOf, netpol, pod } from './__fixtures__/build.js';
import check from './networkpolicy-targets-pod.js';

describe('networkpolicy-targets-pod', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('networkpolicy-targets-pod'));
  it("OK when a pod matches", () => expect(gradeOf('networkpolicy-targets-pod', [netpol(), pod()], {}, 'NetworkPolicy')).toBe('OK'));
  it("OK when a deployment template matches", () => expect(gradeOf('networkpolicy-targets-pod', [netpol(), deployment()], {}, 'NetworkPolicy')).toBe('OK'));
  it("CRITICAL when nothing matches", () => expect(gradeOf('networkpolicy-targets-pod', [netpol({ podSelector: { matchLabels: { app: 'b' } } }), pod()], {}, 'NetworkPolicy')).toBe('CRITICAL'));
  it("matchExpressions Exists", () => expect(gradeOf('networkpolicy-targets-pod', [netpol({ podSelector: { matchExpressions: [{ key: 'app', operator: 'Exists' }] } }), pod()], {}, 'NetworkPolicy')).toBe('OK'));
});
