import { describe, expect, it } from 'vitest';
import { breakdownRule, covers, FULL_ACCESS, ruleCovers, uncovered } from './covers.js';
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
});
