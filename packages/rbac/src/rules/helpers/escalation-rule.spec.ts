import { runRules } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { analyze, role, roleBinding, rule } from '../../__fixtures__/build.js';
import { escalationRule } from './escalation-rule.js';

describe('escalationRule', () => {
  it('makes a rule that reports its kind with subject, path and location', () => {
    const r = escalationRule({ id: 'nodes-proxy', description: 'd', resolution: 'fix' });
    const a = analyze([role('a', 'x', [rule(['create'], ['pods/portforward'])]), roleBinding('a', 'x', 'Role:x', ['user:u'])]);
    expect(runRules([r], a, { file: 'f' })).toEqual([]);
    const f = runRules([escalationRule({ id: 'pod-portforward', description: 'd', resolution: 'fix' })], a, { file: 'f' });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ ruleId: 'pod-portforward', severity: 'high', resolution: 'fix', location: { file: 'rbac.yaml', line: 7 }, object: { kind: 'User', name: 'u' } });
    expect(f[0]!.message).toContain('Path: (1) User u');
  });
});
