import { describe, expect, it } from 'vitest';
import { atomCount, breakdownRule, covers, FULL_ACCESS, ruleCovers, uncovered } from './covers.js';
import type { PolicyRule } from './policy-rule.js';

const r = (o: Partial<PolicyRule>): PolicyRule => ({ verbs: [], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [], ...o });

describe('covers', () => {
  it('breaks a rule into verb × group × resource × name atoms', () => {
    expect(breakdownRule(r({ verbs: ['get', 'list'], apiGroups: [''], resources: ['pods', 'services'] }))).toHaveLength(4);
    expect(breakdownRule(r({ verbs: ['get'], nonResourceURLs: ['/a', '/b'] }))).toHaveLength(2);
  });
  it('covers by wildcard, by subset, by */sub, and names only by names or none', () => {
    expect(covers([FULL_ACCESS], [r({ verbs: ['escalate'], apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles'] })])).toBe(true);
    expect(covers([r({ verbs: ['get', 'list'], apiGroups: [''], resources: ['pods'] })], [r({ verbs: ['get'], apiGroups: [''], resources: ['pods'] })])).toBe(true);
    expect(covers([r({ verbs: ['get'], apiGroups: ['apps'], resources: ['*/scale'] })], [r({ verbs: ['get'], apiGroups: ['apps'], resources: ['deployments/scale'] })])).toBe(true);
    expect(ruleCovers(r({ verbs: ['get'], apiGroups: [''], resources: ['secrets'], resourceNames: ['a'] }), r({ verbs: ['get'], apiGroups: [''], resources: ['secrets'] }))).toBe(false);
    expect(ruleCovers(r({ verbs: ['get'], apiGroups: [''], resources: ['secrets'] }), r({ verbs: ['get'], apiGroups: [''], resources: ['secrets'], resourceNames: ['a'] }))).toBe(true);
    expect(covers([r({ verbs: ['get'], nonResourceURLs: ['/metrics*'] })], [r({ verbs: ['get'], nonResourceURLs: ['/metrics/cadvisor'] })])).toBe(true);
  });
  it('lists what is not covered', () => {
    const miss = uncovered([r({ verbs: ['get'], apiGroups: [''], resources: ['pods'] })], [r({ verbs: ['get', 'delete'], apiGroups: [''], resources: ['pods'] })]);
    expect(miss).toEqual([r({ verbs: ['delete'], apiGroups: [''], resources: ['pods'] })]);
    expect(covers([r({ verbs: ['*'], apiGroups: ['*'], resources: ['*'] })], [FULL_ACCESS])).toBe(true);
    expect(covers([r({ verbs: ['*'], apiGroups: ['', 'apps'], resources: ['*'] })], [FULL_ACCESS])).toBe(false);
  });
  it('counts atoms without making them', () => {
    const x = r({ verbs: ['get', 'list'], apiGroups: ['', 'apps'], resources: ['a', 'b', 'c'], resourceNames: ['n'], nonResourceURLs: [] });
    expect(atomCount(x)).toBe(breakdownRule(x).length);
    expect(atomCount(r({ verbs: ['get'], nonResourceURLs: ['/a', '/b'] }))).toBe(2);
  });
  it('answers through the index of a many-rule owner exactly as a rule-by-rule scan', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const pick = (a: string[], k: number) => [...new Set(Array.from({ length: 1 + rnd(k) }, () => a[rnd(a.length)]!))];
    const G = ['', 'apps', '*'], R = ['pods', 'pods/log', '*/scale', 'deployments/scale', '*', 'secrets', 'pods/*'], V = ['get', 'list', '*', 'create'], N = ['a', 'b'], U = ['/healthz', '/healthz*', '*', '/metrics', '/api/*'];
    const one = (): PolicyRule => (rnd(5) === 0 ? r({ verbs: pick(V, 2), nonResourceURLs: pick(U, 2) }) : r({ verbs: pick(V, 2), apiGroups: pick(G, 2), resources: pick(R, 3), resourceNames: rnd(3) === 0 ? pick(N, 2) : [] }));
    for (let t = 0; t < 200; t++) {
      const owner = Array.from({ length: 8 + rnd(12) }, one);
      const servant = Array.from({ length: 4 }, one);
      const scan = servant.flatMap((s) => breakdownRule(s).filter((a) => !owner.some((o) => ruleCovers(o, a))));
      expect(uncovered(owner, servant)).toEqual(scan);
    }
  });
});
