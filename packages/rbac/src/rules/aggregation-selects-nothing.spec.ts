import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRole, clusterRoleBinding, deployment, findingsOf, role, roleBinding, rule, serviceAccount, tokenSecret } from '../__fixtures__/build.js';

const ID = 'aggregation-selects-nothing';

describe(ID, () => {
  it('reports a selector that matches no ClusterRole', () => {
    const f = findingsOf(ID, [clusterRole('agg', [], { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { 'x/aggregate': 'true' } }] } }), clusterRole('leaf', [rule(['get'], ['pods'])], { metadata: { labels: { 'x/aggregate': 'false' } } })]);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('clusterRoleSelectors[0]');
  });
  it('does not report a selector that matches', () => {
    expect(findingsOf(ID, [clusterRole('agg', [], { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { 'x/aggregate': 'true' } }] } }), clusterRole('leaf', [rule(['get'], ['pods'])], { metadata: { labels: { 'x/aggregate': 'true' } } })])).toEqual([]);
  });
});
