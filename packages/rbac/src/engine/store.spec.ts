import { describe, expect, it } from 'vitest';
import { analyze, clusterRoleBinding, deployment, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

describe('buildStore', () => {
  it('keeps the later of two objects with the same kind, namespace and name', () => {
    const { store } = analyze([role('a', 'r', [rule(['get'], ['pods'])]), role('a', 'r', [rule(['list'], ['pods'])])]);
    expect(store.roles.get('a/r')!.rules.map((r) => r.rule.verbs)).toEqual([['list']]);
  });
  it('puts a namespaced object without a namespace into default', () => {
    const { store } = analyze([{ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'r' }, rules: [] }]);
    expect(store.roles.has('default/r')).toBe(true);
  });
  it('resolves roleRefs and records the missing ones as issues with the roleRef line', () => {
    const { store } = analyze([roleBinding('a', 'b', 'Role:gone', ['user:u']), clusterRoleBinding('c', 'Kind:x', ['user:u'])]);
    expect(store.issues.map((i) => [i.kind, i.line])).toEqual([['role-ref-missing', 6], ['role-ref-missing', 19]]);
    expect(store.issues[1]!.message).toContain('neither Role nor ClusterRole');
  });
  it('reads ServiceAccounts (with a default one per namespace), token Secrets and the pods that use them', () => {
    const { store } = analyze([serviceAccount('a', 'web', false), tokenSecret('a', 't', 'web'), deployment('a', 'web', 'web', true)]);
    expect([...store.serviceAccounts.keys()].sort()).toEqual(['a/default', 'a/web']);
    expect(store.tokenSecrets.map((t) => t.serviceAccount)).toEqual(['web']);
    expect(store.pods).toMatchObject([{ namespace: 'a', serviceAccount: 'web', automount: true }]);
  });
  it('reports subjects of unknown kinds and malformed subjects', () => {
    const { store } = analyze([roleBinding('a', 'b', 'Role:r', [{ kind: 'Robot', name: 'x' }]), { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'y', namespace: 'a' }, roleRef: { kind: 'Role', name: 'r' }, subjects: 'me' }]);
    expect(store.issues.map((i) => i.kind)).toEqual(['subject-kind-unknown', 'rbac-object-invalid', 'role-ref-missing', 'role-ref-missing']);
  });
});
