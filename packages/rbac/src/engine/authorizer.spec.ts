import { describe, expect, it } from 'vitest';
import { clusterRole, clusterRoleBinding, role, roleBinding, rule } from '../__fixtures__/build.js';
import { analyze } from '../__fixtures__/build.js';
import { identityOf, serviceAccountOf } from './authorizer.js';

const req = (verb: string, resource: string, namespace: string, name = '') => ({ verb, apiGroup: '', resource, subresource: '', name, namespace });

describe('identityOf', () => {
  it('adds the automatic groups', () => {
    expect(identityOf('alice').groups).toEqual(['system:authenticated']);
    expect(identityOf('system:anonymous').groups).toEqual(['system:unauthenticated']);
    expect(identityOf('system:serviceaccount:ns:sa', ['x']).groups).toEqual(['x', 'system:authenticated', 'system:serviceaccounts', 'system:serviceaccounts:ns']);
    expect(serviceAccountOf('system:serviceaccount:a:b:c')).toBeUndefined();
  });
});

describe('Authorizer', () => {
  const { auth } = analyze([
    role('a', 'reader', [rule(['get'], ['pods'])]),
    role('b', 'reader', [rule(['get'], ['secrets'])]),
    roleBinding('a', 'r', 'Role:reader', ['sa:app', 'user:bob']),
    clusterRole('lister', [rule(['list'], ['nodes'])]),
    roleBinding('a', 'cr', 'ClusterRole:lister', ['group:devs']),
    clusterRoleBinding('crb', 'ClusterRole:lister', ['group:system:serviceaccounts:ops', 'sa:nobody']),
    clusterRoleBinding('to-role', 'Role:reader', ['user:bob']),
  ]);
  it('scopes a RoleBinding to its namespace and its own Role, and defaults a ServiceAccount subject to it', () => {
    expect(auth.allowed(identityOf('system:serviceaccount:a:app'), req('get', 'pods', 'a'))).toBe(true);
    expect(auth.allowed(identityOf('system:serviceaccount:a:app'), req('get', 'pods', 'b'))).toBe(false);
    expect(auth.allowed(identityOf('bob'), req('get', 'secrets', 'a'))).toBe(false);
    expect(auth.allowed(identityOf('bob'), req('get', 'pods', ''))).toBe(false);
  });
  it('applies a ClusterRole through a RoleBinding in its namespace only; ClusterRoleBindings everywhere', () => {
    expect(auth.allowed(identityOf('carol', ['devs']), req('list', 'nodes', 'a'))).toBe(true);
    expect(auth.allowed(identityOf('carol', ['devs']), req('list', 'nodes', ''))).toBe(false);
    expect(auth.allowed(identityOf('system:serviceaccount:ops:x'), req('list', 'nodes', ''))).toBe(true);
    expect(auth.allowed(identityOf('system:serviceaccount:other:nobody'), req('list', 'nodes', ''))).toBe(false);
  });
  it('explains a grant and lists who can', () => {
    const g = auth.explain(identityOf('bob'), req('get', 'pods', 'a'))!;
    expect(g.binding.name).toBe('r');
    expect(g.sourced.line).toBeGreaterThan(1);
    expect(auth.whoCan(req('list', 'nodes', '')).map((x) => `${x.subject.kind}:${x.subject.name}`)).toEqual(['Group:system:serviceaccounts:ops']);
    expect(auth.whoCan(req('get', 'pods', 'a')).map((x) => x.subject.name).sort()).toEqual(['app', 'bob']);
  });
});
