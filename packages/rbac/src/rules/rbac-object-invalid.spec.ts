import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'rbac-object-invalid';

describe(ID, () => {
  it('reports a rule whose verbs are not a list, at the rule', () => {
    const f = findingsOf(ID, [role('a', 'r', [{ apiGroups: [''], resources: ['pods'], verbs: 'get' }])]);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('verbs must be a list');
    expect(f[0]!.location?.line).toBe(7);
  });
  it('reports a role with ten thousand rules instead of evaluating it', () => {
    const rules = Array.from({ length: 10_000 }, (_, i) => rule(['get'], [`r${i}`]));
    const f = findingsOf(ID, [role('a', 'huge', rules)]);
    expect(f.map((x) => x.message)).toEqual([expect.stringContaining('10000 rules')]);
  });
  it('accepts a well-formed role', () => {
    expect(findingsOf(ID, [role('a', 'r', [rule(['get'], ['pods'])])])).toEqual([]);
  });
});
