import { describe, expect, it } from 'vitest';
import { parseManifestText } from '@flightcheck/k8s';
import { analyze, clusterRole, rule, yamlOf } from '../__fixtures__/build.js';
import { buildStore } from './store.js';

const labelled = (name: string, labels: Record<string, string>, rules = [rule(['get'], [name])], agg?: unknown) => clusterRole(name, rules, { metadata: { labels }, ...(agg ? { aggregationRule: agg } : {}) });
const sel = (labels: Record<string, string>) => ({ clusterRoleSelectors: [{ matchLabels: labels }] });

describe('aggregation', () => {
  it('replaces the written rules by the union of the selected roles, through chains', () => {
    const { store } = analyze([
      labelled('view', { 'agg/edit': 'true' }, [], sel({ 'agg/view': 'true' })),
      labelled('pods', { 'agg/view': 'true' }),
      labelled('edit', {}, [rule(['delete'], ['written'])], sel({ 'agg/edit': 'true' })),
      labelled('off', { 'agg/view': 'false' }),
    ]);
    expect(store.clusterRoles.get('edit')!.rules.map((r) => r.rule.resources[0])).toEqual(['pods']);
    expect(store.issues).toEqual([]);
  });
  it('selects every other ClusterRole with an empty selector, and dedupes identical rules', () => {
    const objs = [labelled('all', {}, [], { clusterRoleSelectors: [{}] }), labelled('a', {}, [rule(['get'], ['x'])]), labelled('b', {}, [rule(['get'], ['x'])])];
    // over the given files only (the queries)
    expect(buildStore(parseManifestText(yamlOf(...objs), 'rbac.yaml').objects).clusterRoles.get('all')!.rules).toHaveLength(1);
    // as the check sees a cluster: the default cluster-admin is one of the ClusterRoles selected
    const { store } = analyze(objs);
    expect(store.clusterRoles.get('all')!.rules.map((r) => r.role.name)).toEqual(['a', 'cluster-admin', 'cluster-admin']);
  });
  it('bounds a cycle and reports it; keeps the written rules when a selector is invalid', () => {
    const { store } = analyze([
      labelled('a', { r: 'a' }, [], sel({ r: 'b' })),
      labelled('b', { r: 'b' }, [], sel({ r: 'a' })),
      labelled('bad', {}, [rule(['get'], ['kept'])], { clusterRoleSelectors: [{ matchExpressions: [{ key: 'x', operator: 'Near' }] }] }),
    ]);
    expect(store.issues.map((i) => i.kind).sort()).toEqual(['aggregation-cycle', 'aggregation-cycle', 'rbac-object-invalid']);
    expect(store.clusterRoles.get('bad')!.rules.map((r) => r.rule.resources[0])).toEqual(['kept']);
  });
});
