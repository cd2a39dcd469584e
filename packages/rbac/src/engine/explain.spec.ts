import { describe, expect, it } from 'vitest';
import { analyze, role, roleBinding, rule } from '../__fixtures__/build.js';
import { identityOf } from './authorizer.js';
import { bindingName, describeGrant, grantLocation, roleName } from './explain.js';

describe('explain', () => {
  it('names the binding, the role and the rule with their files and lines', () => {
    const a = analyze([role('a', 'r', [rule(['get'], ['pods'])]), roleBinding('a', 'b', 'Role:r', ['user:u'])]);
    const g = a.auth.explain(identityOf('u'), { verb: 'get', apiGroup: '', resource: 'pods', subresource: '', name: '', namespace: 'a' })!;
    expect(describeGrant(g, (f) => `./${f}`)).toBe('RoleBinding a/b (./rbac.yaml:24) → Role a/r rules[0] (./rbac.yaml:7)');
    expect(grantLocation(g)).toEqual({ file: 'rbac.yaml', line: 7 });
    expect(bindingName(g.binding)).toBe('RoleBinding a/b');
    expect(roleName(g.binding.role!)).toBe('Role a/r');
  });
});
