import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'wildcard-permission';

describe(ID, () => {
  it('reports * verbs and * resources at the rule', () => {
    const f = findingsOf(ID, [role('a', 'r', [rule(['*'], ['configmaps']), rule(['get'], ['*'], ['apps']), rule(['get'], ['pods'])]), roleBinding('a', 'b', 'Role:r', ['user:dev'])]);
    expect(f.map((x) => x.location?.line)).toEqual([7, 13]);
  });
  it('does not report explicit lists, or a role bound to nobody', () => {
    expect(findingsOf(ID, [role('a', 'r', [rule(['get', 'list'], ['pods'])]), roleBinding('a', 'b', 'Role:r', ['user:dev']), role('a', 'w', [rule(['*'], ['*'])])])).toEqual([]);
  });
});
