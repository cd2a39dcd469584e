import { describe, expect, it } from 'vitest';
import { analyze, clusterRoleBinding, clusterRole, role, roleBinding, rule, serviceAccount } from '../__fixtures__/build.js';
import { groupMember, heldRules, listSubjects, scopesOf, subjectKey } from './subjects.js';

describe('subjects', () => {
  const a = analyze([serviceAccount('a', 'app'), role('b', 'r', [rule(['get'], ['pods'])]), roleBinding('b', 'x', 'Role:r', ['sa:a/app', 'user:u', 'group:g']), clusterRole('c', [rule(['list'], ['nodes'])]), clusterRoleBinding('c', 'ClusterRole:c', ['sa:a/app'])]);
  it('lists declared and bound ServiceAccounts (default included), Users and Groups', () => {
    expect(listSubjects(a.store).map(subjectKey).sort()).toEqual(['Group:g', 'User:u', 'system:serviceaccount:a:app', 'system:serviceaccount:a:default', 'system:serviceaccount:b:default']);
  });
  it('gives each its scopes and rules', () => {
    const app = a.subjects.find((s) => s.name === 'app')!;
    expect(scopesOf(a.auth, app.identity).sort()).toEqual(['', 'b']);
    expect(heldRules(a.auth, app.identity, ['b']).get('b')).toHaveLength(2);
    expect(groupMember('system:unauthenticated').user).toBe('system:anonymous');
  });
});
