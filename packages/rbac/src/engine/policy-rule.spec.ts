import { describe, expect, it } from 'vitest';
import { describeRule, readPolicyRule, ruleAllows, ruleKey, ruleToJson, type PolicyRule } from './policy-rule.js';

const r = (o: Partial<PolicyRule>): PolicyRule => ({ verbs: [], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [], ...o });
const req = (verb: string, resource: string, o: { group?: string; sub?: string; name?: string } = {}) => ({ verb, apiGroup: o.group ?? '', resource, subresource: o.sub ?? '', name: o.name ?? '', namespace: 'a' });

describe('ruleAllows', () => {
  it('matches verbs, groups and resources exactly, with * for all', () => {
    const rule = r({ verbs: ['get'], apiGroups: [''], resources: ['pods'] });
    expect(ruleAllows(rule, req('get', 'pods'))).toBe(true);
    expect(ruleAllows(rule, req('GET', 'pods'))).toBe(false);
    expect(ruleAllows(rule, req('get', 'pods', { group: 'apps' }))).toBe(false);
    expect(ruleAllows(r({ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }), req('escalate', 'roles', { group: 'rbac.authorization.k8s.io' }))).toBe(true);
  });
  it('treats subresources as Kubernetes does: pods is not pods/log, */scale is any scale, pods/* is literal', () => {
    expect(ruleAllows(r({ verbs: ['get'], apiGroups: [''], resources: ['pods'] }), req('get', 'pods', { sub: 'log' }))).toBe(false);
    expect(ruleAllows(r({ verbs: ['get'], apiGroups: ['*'], resources: ['*/scale'] }), req('get', 'deployments', { group: 'apps', sub: 'scale' }))).toBe(true);
    expect(ruleAllows(r({ verbs: ['get'], apiGroups: ['*'], resources: ['*/scale'] }), req('get', 'deployments', { group: 'apps' }))).toBe(false);
    expect(ruleAllows(r({ verbs: ['get'], apiGroups: [''], resources: ['pods/*'] }), req('get', 'pods', { sub: 'log' }))).toBe(false);
    expect(ruleAllows(r({ verbs: ['get'], apiGroups: [''], resources: ['*'] }), req('get', 'pods', { sub: 'exec' }))).toBe(true);
  });
  it('limits by resourceNames; a nameless request matches only the name ""', () => {
    const rule = r({ verbs: ['get', 'list'], apiGroups: [''], resources: ['secrets'], resourceNames: ['db'] });
    expect(ruleAllows(rule, req('get', 'secrets', { name: 'db' }))).toBe(true);
    expect(ruleAllows(rule, req('list', 'secrets'))).toBe(false);
    expect(ruleAllows(r({ ...rule, resourceNames: [''] }), req('list', 'secrets'))).toBe(true);
  });
  it('matches non-resource URLs exactly or by a trailing * prefix, never resource rules', () => {
    const rule = r({ verbs: ['get'], nonResourceURLs: ['/healthz', '/logs/*', '/api*'] });
    expect(ruleAllows(rule, { verb: 'get', path: '/healthz' })).toBe(true);
    expect(ruleAllows(rule, { verb: 'get', path: '/healthz/' })).toBe(false);
    expect(ruleAllows(rule, { verb: 'get', path: '/logs/' })).toBe(true);
    expect(ruleAllows(rule, { verb: 'get', path: '/logs' })).toBe(false);
    expect(ruleAllows(rule, { verb: 'get', path: '/apis/apps/v1' })).toBe(true);
    expect(ruleAllows(r({ verbs: ['get'], apiGroups: ['*'], resources: ['*'] }), { verb: 'get', path: '/healthz' })).toBe(false);
    expect(ruleAllows(rule, req('get', 'healthz'))).toBe(false);
  });
});

describe('readPolicyRule', () => {
  it('reads lists and rejects what the API server would', () => {
    expect(readPolicyRule({ verbs: ['get'], apiGroups: [''], resources: ['pods'] })).toEqual(r({ verbs: ['get'], apiGroups: [''], resources: ['pods'] }));
    expect(readPolicyRule({ verbs: 'get' })).toBe('verbs must be a list');
    expect(readPolicyRule({ verbs: [1] })).toBe('verbs must be a list of strings');
    expect(readPolicyRule([])).toBe('a rule must be a mapping');
    expect(readPolicyRule({ verbs: Array(1001).fill('get') })).toContain('more than 1000');
  });
});

describe('rule keys and text', () => {
  it('compares rules regardless of order and duplicates', () => {
    expect(ruleKey(r({ verbs: ['list', 'get', 'get'] }))).toBe(ruleKey(r({ verbs: ['get', 'list'] })));
    expect(ruleKey(r({ verbs: ['get'] }))).not.toBe(ruleKey(r({ verbs: ['list'] })));
  });
  it('writes rules as Kubernetes does and in short words', () => {
    expect(ruleToJson(r({ verbs: ['get'], apiGroups: [''], resources: ['pods'] }))).toEqual({ verbs: ['get'], apiGroups: [''], resources: ['pods'] });
    expect(describeRule(r({ verbs: ['get'], apiGroups: [''], resources: ['pods'], resourceNames: ['a'] }))).toBe('get pods (core) [names: a]');
    expect(describeRule(r({ verbs: ['get'], nonResourceURLs: ['/metrics'] }))).toBe('get /metrics');
  });
});
