import { describe, expect, it } from 'vitest';
import { analyze, CLUSTER_ADMIN, clusterRoleBinding, role, roleBinding, rule, serviceAccount } from '../__fixtures__/build.js';
import { directEscalations, requestText } from './escalation.js';

describe('directEscalations', () => {
  it('finds each kind a subject holds, with the request and grant used', () => {
    const a = analyze([serviceAccount('x', 'app'), role('x', 'r', [rule(['create'], ['pods', 'pods/exec']), rule(['get'], ['secrets'])]), roleBinding('x', 'b', 'Role:r', ['user:dev'])]);
    const dev = a.subjects.find((s) => s.name === 'dev')!;
    const found = directEscalations(dev, a.auth, a.store);
    expect(found.map((e) => e.kind).sort()).toEqual(['pod-create', 'pod-exec', 'secrets-read']);
    const pc = found.find((e) => e.kind === 'pod-create')!;
    expect(pc.gains.sort()).toEqual(['system:serviceaccount:x:app', 'system:serviceaccount:x:default']);
    expect(requestText(pc.via[0]!.request)).toBe('create pods in x');
  });
  it('skips a subject that already holds everything', () => {
    const a = analyze([CLUSTER_ADMIN, clusterRoleBinding('c', 'ClusterRole:cluster-admin', ['user:root'])]);
    expect(directEscalations(a.subjects.find((s) => s.name === 'root')!, a.auth, a.store)).toEqual([]);
  });
});
