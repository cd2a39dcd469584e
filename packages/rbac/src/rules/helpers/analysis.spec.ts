import { describe, expect, it } from 'vitest';
import { analyze, role, roleBinding, rule, serviceAccount } from '../../__fixtures__/build.js';
import { declared, objectRef, reportable, subjectRef } from './analysis.js';

describe('analysis helpers', () => {
  const objs = [serviceAccount('a', 's'), role('a', 'r', [rule(['create'], ['pods/exec'])]), roleBinding('a', 'r', 'Role:r', ['sa:a/s'])];
  it('reports an inherent step unless the need declares it', () => {
    const open = analyze(objs);
    expect(reportable(open, 'pod-exec')).toHaveLength(1);
    const needed = analyze(objs, [{ serviceAccount: 'a/s', rules: [{ apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }] }]);
    const e = needed.escalations.bySubject.get('system:serviceaccount:a:s')![0]!;
    expect(declared(needed, e)).toBe(true);
    expect(reportable(needed, 'pod-exec')).toEqual([]);
  });
  it('refers to objects and subjects', () => {
    const a = analyze(objs);
    expect(objectRef(a.store.roles.get('a/r')!.obj)).toEqual({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', namespace: 'a', name: 'r' });
    expect(subjectRef(a.subjects.find((s) => s.name === 's')!)).toEqual({ apiVersion: 'v1', kind: 'ServiceAccount', namespace: 'a', name: 's' });
  });
});
