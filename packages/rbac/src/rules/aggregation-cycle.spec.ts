import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'aggregation-cycle';

describe(ID, () => {
  const agg = (name: string, selects: string) => clusterRole(name, [], { metadata: { labels: { role: name } }, aggregationRule: { clusterRoleSelectors: [{ matchLabels: { role: selects } }] } });
  it('reports each ClusterRole of a cycle, without hanging', () => {
    const f = findingsOf(ID, [agg('a', 'b'), agg('b', 'a')]);
    expect(f.map((x) => x.object?.name)).toEqual(['a', 'b']);
  });
  it('does not report a chain', () => {
    expect(findingsOf(ID, [agg('a', 'b'), agg('b', 'c'), clusterRole('c', [rule(['get'], ['pods'])], { metadata: { labels: { role: 'c' } } })])).toEqual([]);
  });
});
