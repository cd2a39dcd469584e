import { describe, expect, it } from 'vitest';
import { analyze, CLUSTER_ADMIN, clusterRoleBinding, roleBinding } from '../../__fixtures__/build.js';
import { isFullAccess, subjectsText } from './bindings.js';

describe('binding helpers', () => {
  it('names subjects and recognises full access', () => {
    const a = analyze([CLUSTER_ADMIN, clusterRoleBinding('c', 'ClusterRole:cluster-admin', ['sa:a/x', 'group:g']), roleBinding('a', 'm', 'ClusterRole:gone', [])]);
    expect(subjectsText(a.store.bindings[0]!)).toBe('ServiceAccount a/x, Group g');
    expect(isFullAccess(a.store.bindings[0]!)).toBe(true);
    expect(isFullAccess(a.store.bindings[1]!)).toBe(false);
    expect(subjectsText(a.store.bindings[1]!)).toBe('no subject');
  });
});
