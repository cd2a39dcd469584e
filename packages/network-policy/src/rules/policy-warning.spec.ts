import { describe, expect, it } from 'vitest';
import rule from './policy-warning.js';
import { AIRFLOWISH, findingsOf } from './subject.spec.js';

describe('policy-warning', () => {
  it('passes policies that select pods', () => {
    expect(findingsOf(rule, AIRFLOWISH)).toEqual([]);
  });
  it('reports a policy in a namespace without pods and a named port no pod has', () => {
    const extra = '---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: lonely, namespace: empty}\nspec: {podSelector: {}}\n';
    const f = findingsOf(rule, AIRFLOWISH.replace('ports: [{port: 5432}]\n---', 'ports: [{port: postgres}]\n---') + extra);
    expect(f.map((x) => x.message)).toEqual(['NetworkPolicy n/db-in: named port "postgres" is declared by no pod of the manifests; the entry allows nothing', 'NetworkPolicy empty/lonely selects no pod of the manifests']);
    expect(f[0]!.location?.line).toBe(23);
  });
});
