import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, shippedCopy } from './helpers.js';

const policy = (name: string, spec: string) => `---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${name}, namespace: airflow}\nspec:\n${spec}`;

describe('bad input: a clear finding with file, line and object, never a crash', () => {
  const cases: [string, string, RegExp][] = [
    ['invalid CIDR', '  podSelector: {}\n  egress: [{to: [{ipBlock: {cidr: 10.0.0.300/8}}]}]\n', /invalid CIDR "10\.0\.0\.300\/8"/],
    ['except outside its CIDR', '  podSelector: {}\n  egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8, except: [11.0.0.0/8]}}]}]\n', /except 11\.0\.0\.0\/8 is not inside cidr/],
    ['port out of range', '  podSelector: {}\n  ingress: [{ports: [{port: 65536}]}]\n', /port 65536 is out of range/],
    ['unknown protocol', '  podSelector: {}\n  ingress: [{ports: [{port: 80, protocol: HTTP}]}]\n', /unknown protocol "HTTP"/],
    ['invalid selector operator', '  podSelector: {matchExpressions: [{key: a, operator: Equals, values: [b]}]}\n', /"Equals" is not a valid operator/],
  ];
  for (const [what, spec, message] of cases) {
    it(what, () => {
      const dir = shippedCopy();
      writeFileSync(join(dir, 'manifests', 'bad.yaml'), policy('bad', spec));
      const r = cli(['network-policy', 'check', 'manifests', '--format', 'json'], dir);
      expect(r.code).toBe(1);
      const f = JSON.parse(r.stdout).results[0].findings.filter((x: { ruleId: string }) => x.ruleId === 'invalid-input');
      expect(f).toHaveLength(1);
      expect(f[0].message).toMatch(message);
      expect(f[0].location.file).toMatch(/bad\.yaml$/);
      expect(f[0].location.line).toBeGreaterThan(1);
      expect(f[0].object).toMatchObject({ kind: 'NetworkPolicy', name: 'bad' });
    });
  }
  it('a named port no pod has, a policy in a namespace without pods: low findings naming them', () => {
    const dir = shippedCopy();
    writeFileSync(join(dir, 'manifests', 'odd.yaml'), policy('named', '  podSelector: {}\n  ingress: [{ports: [{port: nosuchport}]}]\n') + policy('elsewhere', '  podSelector: {}\n').replace('namespace: airflow}', 'namespace: empty}').replace('name: elsewhere, namespace: airflow', 'name: elsewhere, namespace: empty'));
    const r = cli(['network-policy', 'check', 'manifests', '--format', 'json'], dir);
    const msgs = JSON.parse(r.stdout).results[0].findings.filter((x: { ruleId: string }) => x.ruleId === 'policy-warning').map((x: { message: string }) => x.message);
    expect(msgs).toEqual(expect.arrayContaining([expect.stringMatching(/named port "nosuchport" is declared by no pod/), expect.stringMatching(/empty\/elsewhere selects no pod/)]));
  });
  it('thousands of policies in one file: analysed, bounded in time', () => {
    const dir = shippedCopy();
    const many = Array.from({ length: 3000 }, (_, i) => policy(`p${i}`, `  podSelector: {matchLabels: {x: "${i}"}}\n  ingress: [{from: [{podSelector: {matchLabels: {y: "${i}"}}}], ports: [{port: ${1 + (i % 65535)}}]}]\n`)).join('');
    writeFileSync(join(dir, 'manifests', 'many.yaml'), many);
    const t0 = Date.now();
    const r = cli(['network-policy', 'list', 'manifests', '--format', 'np-guard-json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).length).toBeGreaterThan(0);
    expect(Date.now() - t0).toBeLessThan(120_000);
  });
});
