import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_SOURCE, defaultClusterAdmin, isUnmodelledDefault } from './defaults.js';
import { readPolicyRule } from './policy-rule.js';

describe('Kubernetes default roles', () => {
  it('writes cluster-admin with every verb on everything and every non-resource URL', () => {
    const o = defaultClusterAdmin();
    expect(o).toMatchObject({ kind: 'ClusterRole', file: DEFAULT_ROLE_SOURCE, metadata: { name: 'cluster-admin', labels: { 'kubernetes.io/bootstrapping': 'rbac-defaults' } } });
    expect((o.raw.rules as unknown[]).map(readPolicyRule)).toEqual([
      { verbs: ['*'], apiGroups: ['*'], resources: ['*'], resourceNames: [], nonResourceURLs: [] },
      { verbs: ['*'], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: ['*'] },
    ]);
  });
  it('knows which other defaults it does not model', () => {
    expect(['admin', 'edit', 'view', 'system:node', 'system:auth-delegator'].every(isUnmodelledDefault)).toBe(true);
    expect(['cluster-admin', 'editor', 'team:view'].some(isUnmodelledDefault)).toBe(false);
  });
});
