import { describe, expect, it } from 'vitest';
import { analyze, role, roleBinding, rule, serviceAccount } from '../__fixtures__/build.js';
import { isEscalationRule } from './least-privilege.js';

const r = (verbs: string[], resources: string[], apiGroups = ['']) => ({ verbs, apiGroups, resources, resourceNames: [], nonResourceURLs: [] });

describe('leastPrivilege', () => {
  it('finds surplus grants, unmet needs and unneeded tokens', () => {
    const a = analyze([serviceAccount('a', 's'), serviceAccount('a', 'idle'), role('a', 'r', [rule(['get', 'delete'], ['pods'])]), roleBinding('a', 'r', 'Role:r', ['sa:a/s'])], [
      { serviceAccount: 'a/s', rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'watch'] }] },
    ]);
    const lp = a.leastPrivilege!;
    expect(lp.beyond.map((b) => b.atoms.map((x) => x.verbs[0]))).toEqual([['delete']]);
    expect(lp.beyond[0]!.suggestion).toContain('kind: Role');
    expect(lp.unmet.map((u) => u.missing.map((x) => x.verbs[0]))).toEqual([['watch']]);
    expect(lp.tokens.map((t) => t.serviceAccount)).toEqual(['a/idle']);
  });
  it('tells the escalation kinds apart', () => {
    expect(isEscalationRule(r(['get'], ['secrets']))).toBe(true);
    expect(isEscalationRule(r(['create'], ['pods/exec']))).toBe(true);
    expect(isEscalationRule(r(['*'], ['configmaps']))).toBe(true);
    expect(isEscalationRule(r(['get'], ['pods', 'pods/log']))).toBe(false);
    expect(isEscalationRule(r(['delete'], ['pods']))).toBe(false);
    // each request an escalation probe asks about
    expect(isEscalationRule(r(['patch'], ['nodes/proxy']))).toBe(true);
    expect(isEscalationRule(r(['update'], ['certificatesigningrequests/status'], ['certificates.k8s.io']))).toBe(true);
    expect(isEscalationRule(r(['create'], ['validatingadmissionpolicybindings'], ['admissionregistration.k8s.io']))).toBe(true);
    expect(isEscalationRule(r(['impersonate'], ['uids'], ['authentication.k8s.io']))).toBe(true);
    expect(isEscalationRule(r(['get'], ['certificatesigningrequests'], ['certificates.k8s.io']))).toBe(false);
  });
});
