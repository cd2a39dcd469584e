import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'token-automount-unneeded';

describe(ID, () => {
  it('reports a ServiceAccount and a pod mounting a token their need does not use', () => {
    const f = findingsOf(ID, [serviceAccount('a', 'web'), deployment('a', 'web', 'web')], []);
    expect(f.map((x) => x.object?.kind)).toEqual(['ServiceAccount', 'Deployment']);
  });
  it('does not report automount false, or a ServiceAccount that needs the API', () => {
    expect(findingsOf(ID, [serviceAccount('a', 'web', false), deployment('a', 'web', 'web')], [])).toEqual([]);
    expect(findingsOf(ID, [serviceAccount('a', 'api'), deployment('a', 'api', 'api', true)], [{ serviceAccount: 'a/api', rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }] }])).toEqual([]);
  });
  it('reports a pod that turns the token back on', () => {
    expect(findingsOf(ID, [serviceAccount('a', 'web', false), deployment('a', 'web', 'web', true)], []).map((x) => x.object?.kind)).toEqual(['Deployment']);
  });
  it('judges nothing without declared needs', () => {
    expect(findingsOf(ID, [serviceAccount('a', 'web'), deployment('a', 'web', 'web')])).toEqual([]);
  });
});
