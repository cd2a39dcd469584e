// Hostile RBAC input through the CLI: every case ends in a finding or an error that names the file,
// line and object, within a time bound; never a crash or a stack trace.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, findings } from './helpers.js';

const V1 = 'apiVersion: rbac.authorization.k8s.io/v1';
function dirWith(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fc-rbac-bad-'));
  writeFileSync(join(dir, 'rbac.yaml'), text);
  return dir;
}

describe('rbac bad input', () => {
  it('reports a binding to a missing role, an unknown subject kind, a selector matching nothing and a cycle', async () => {
    const dir = dirWith(`${V1}
kind: RoleBinding
metadata: {name: dangling, namespace: a}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: gone}
subjects:
  - {kind: Robot, name: r2}
---
${V1}
kind: ClusterRole
metadata: {name: empty-agg}
aggregationRule:
  clusterRoleSelectors:
    - matchLabels: {nothing: matches}
rules: []
---
${V1}
kind: ClusterRole
metadata: {name: a, labels: {r: a}}
aggregationRule: {clusterRoleSelectors: [{matchLabels: {r: b}}]}
---
${V1}
kind: ClusterRole
metadata: {name: b, labels: {r: b}}
aggregationRule: {clusterRoleSelectors: [{matchLabels: {r: a}}]}
`);
    const t = Date.now();
    const run = await cli(['rbac', 'rbac.yaml', '--format', 'json'], dir);
    expect(Date.now() - t).toBeLessThan(60_000);
    expect(run.stderr).toBe('');
    const f = findings(run).map((x) => `${x.ruleId}@${x.location?.file}:${x.location?.line}`);
    expect(f).toEqual(expect.arrayContaining(['role-ref-missing@rbac.yaml:4', 'subject-kind-unknown@rbac.yaml:6', 'aggregation-selects-nothing@rbac.yaml:13', 'aggregation-cycle@rbac.yaml:19', 'aggregation-cycle@rbac.yaml:24']));
  });

  it('refuses a role with ten thousand rules with a finding, quickly', async () => {
    const rules = Array.from({ length: 10_000 }, (_, i) => `  - {apiGroups: [""], resources: [r${i}], verbs: [get]}`).join('\n');
    const dir = dirWith(`${V1}\nkind: Role\nmetadata: {name: huge, namespace: a}\nrules:\n${rules}\n`);
    const run = await cli(['rbac', 'rbac.yaml', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    expect(findings(run).map((x) => [x.ruleId, x.location?.line])).toEqual([['rbac-object-invalid', 4]]);
  });

  it('refuses a rule whose lists multiply to millions of combinations, and compares many-rule roles held by several subjects without a blow-up', async () => {
    const many = (n: number, p: string) => JSON.stringify(Array.from({ length: n }, (_, i) => `${p}${i}`));
    const rules = Array.from({ length: 4999 }, (_, i) => `  - {apiGroups: ["g${i % 50}"], resources: [r${i}, "r${i}/sub"], verbs: [get, list, create]}`).join('\n');
    const sas = ['s1', 's2', 's3'].map((n) => `---\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: ${n}, namespace: a}\n`).join('');
    const dir = dirWith(`${V1}
kind: ClusterRole
metadata: {name: product}
rules:
  - {apiGroups: ${many(100, 'g')}, resources: ${many(100, 'r')}, verbs: ${many(100, 'v')}}
---
${V1}
kind: Role
metadata: {name: big, namespace: a}
rules:
${rules}
  - {apiGroups: [""], resources: [pods], verbs: [create]}
${sas}---
${V1}
kind: RoleBinding
metadata: {name: big, namespace: a}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: big}
subjects: [{kind: ServiceAccount, name: s1, namespace: a}, {kind: ServiceAccount, name: s2, namespace: a}, {kind: ServiceAccount, name: s3, namespace: a}]
`);
    const run = await cli(['rbac', 'rbac.yaml', '--format', 'json'], dir);
    expect(run.stderr).toBe('');
    const f = findings(run);
    expect(f.filter((x) => x.ruleId === 'rbac-object-invalid').map((x) => [x.location?.line, x.message])).toEqual([[5, 'ClusterRole product: rules[0] combines 1000000 verb × group × resource × name entries (more than 20000): not evaluated, so the check cannot vouch for it']]);
    // the three hold the same rules: creating pods as one another gains nothing
    expect(f.map((x) => x.ruleId)).not.toContain('pod-create');
    const q = await cli(['rbac', 'can-i', '--as', 'u', 'get', 'r1', 'rbac.yaml'], dir);
    expect(q.code).toBe(2);
    expect(q.stderr).toMatch(/rbac\.yaml:5: ClusterRole product: rules\[0\] combines 1000000/);
  });

  it('fails closed on YAML that cannot be parsed, naming the file and line, with no stack trace', async () => {
    const dir = dirWith(`${V1}\nkind: Role\nmetadata: {name: x\n`);
    const run = await cli(['rbac', 'rbac.yaml', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).results[0].error).toMatch(/rbac\.yaml:\d+: invalid YAML/);
    const q = await cli(['rbac', 'can-i', '--as', 'u', 'get', 'pods', 'rbac.yaml'], dir);
    expect(q.code).toBe(2);
    expect(q.stderr).toMatch(/^flightcheck: .*rbac\.yaml:\d+: invalid YAML/);
    expect(q.stderr).not.toContain('    at ');
  });

  it('reads --as-group before the positionals as kubectl users write it, in can-i and rules', async () => {
    const dir = dirWith(`${V1}
kind: ClusterRole
metadata: {name: health}
rules:
  - {nonResourceURLs: [/healthz], verbs: [get]}
---
${V1}
kind: ClusterRoleBinding
metadata: {name: health}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: health}
subjects:
  - {kind: Group, name: probes}
`);
    expect(await cli(['rbac', 'can-i', '--as', 'u', '--as-group', 'x', '--as-group', 'probes', 'get', '/healthz', 'rbac.yaml'], dir)).toMatchObject({ code: 0, stdout: 'yes\n' });
    expect(await cli(['rbac', 'can-i', '--as', 'u', '--as-group', 'x', 'get', '/healthz', 'rbac.yaml'], dir)).toMatchObject({ code: 1, stdout: 'no\n' });
    const rules = await cli(['rbac', 'rules', '--as', 'u', '--as-group', 'probes', 'rbac.yaml', '--format', 'json'], dir);
    expect(rules.code).toBe(0);
    expect(JSON.parse(rules.stdout).rules).toEqual([expect.objectContaining({ nonResourceURLs: ['/healthz'], verbs: ['get'] })]);
  });
});
