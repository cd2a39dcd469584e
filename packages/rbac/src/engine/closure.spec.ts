import { describe, expect, it } from 'vitest';
import { runRules } from '@flightcheck/core';
import { ALL_RULES } from '../rules/index.js';
import { analyze, CLUSTER_ADMIN, clusterRoleBinding, role, roleBinding, rule, serviceAccount } from '../__fixtures__/build.js';

describe('analyzeEscalations', () => {
  it('follows steps transitively to cluster-admin and writes the path', () => {
    const a = analyze([
      serviceAccount('mid', 'hop'), serviceAccount('top', 'admin'), CLUSTER_ADMIN, clusterRoleBinding('adm', 'ClusterRole:cluster-admin', ['sa:top/admin']),
      role('mid', 'p', [rule(['create'], ['pods'])]), roleBinding('mid', 'p', 'Role:p', ['user:alice']),
      role('top', 't', [rule(['create'], ['serviceaccounts/token'])]), roleBinding('top', 't', 'Role:t', ['sa:mid/hop']),
    ]);
    const [e] = a.escalations.bySubject.get('User:alice')!;
    expect(e!.reached).toEqual(expect.arrayContaining(['system:serviceaccount:mid:hop', 'system:serviceaccount:top:admin']));
    expect(e!.reachesClusterAdmin).toBe(true);
    expect(e!.beyondOwn).toBe(true);
    expect(e!.path.join('\n')).toMatch(/as system:serviceaccount:mid:hop: mints tokens .* → system:serviceaccount:top:admin/);
  });
  it('marks a step that gains nothing the subject lacks', () => {
    const a = analyze([serviceAccount('a', 'weak'), role('a', 'p', [rule(['create', 'get'], ['pods'])]), roleBinding('a', 'p', 'Role:p', ['user:alice']), role('a', 'w', [rule(['get'], ['pods'])]), roleBinding('a', 'w', 'Role:w', ['sa:a/weak'])]);
    const [e] = a.escalations.bySubject.get('User:alice')!;
    expect(e!.beyondOwn).toBe(false);
    expect(e!.reachesClusterAdmin).toBe(false);
  });
});

describe('analyzeEscalations cost', () => {
  // per namespace: a ServiceAccount that can create pods (a step to the other ServiceAccount there), one
  // that can read Secrets and mint tokens, a shared ClusterRole bound in the namespace, and a user bound to it
  const objects = (n: number) => {
    const objs: Record<string, unknown>[] = [CLUSTER_ADMIN, clusterRoleBinding('adm', 'ClusterRole:cluster-admin', ['group:admins'])];
    for (let i = 0; i < n; i++) {
      const ns = `ns${i}`;
      objs.push(
        serviceAccount(ns, 'runner'), serviceAccount(ns, 'reader'),
        role(ns, 'run', [rule(['create', 'get', 'list'], ['pods']), rule(['get'], ['configmaps'])]), roleBinding(ns, 'run', 'Role:run', [`sa:${ns}/runner`, `user:dev${i}`]),
        role(ns, 'read', [rule(['get', 'list'], ['secrets']), rule(['create'], ['serviceaccounts/token'])]), roleBinding(ns, 'read', 'Role:read', [`sa:${ns}/reader`]),
        roleBinding(ns, 'view', 'ClusterRole:view', [`group:team${i}`]),
      );
    }
    return objs;
  };
  it('is linear in the roles, bindings and ServiceAccounts: sixteen times the namespaces cost about sixteen times the time of the whole analysis (store, subjects, escalation closure with paths, least privilege, rules), under 96, far from the 256 of a quadratic (fastest of 5)', () => {
    const time = (n: number) => {
      const objs = objects(n);
      const needs = Array.from({ length: n }, (_, i) => ({ serviceAccount: `ns${i}/runner`, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }] }));
      const samples: number[] = [];
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        const a = analyze(objs, needs);
        const findings = runRules(ALL_RULES, a, { file: 'rbac.yaml' });
        // reached and path are written when first read: read them all
        let steps = 0;
        for (const list of a.escalations.bySubject.values()) for (const e of list) steps += e.reached.length + e.path.length;
        samples.push(performance.now() - t0);
        expect(steps).toBeGreaterThan(n);
        expect(findings.length).toBeGreaterThanOrEqual(n);
      }
      return Math.min(...samples);
    };
    time(8);
    const t1 = time(8);
    const t2 = time(128);
    console.log(`rbac analysis: 8 namespaces ${t1.toFixed(1)} ms, 128 namespaces ${t2.toFixed(1)} ms (ratio ${(t2 / t1).toFixed(1)})`);
    expect(t2 / t1, `${t1.toFixed(1)} ms -> ${t2.toFixed(1)} ms`).toBeLessThan(96);
  }, 300_000);
});
