import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir, write } from './helpers.js';

const dir = tempDir();
const run = (name: string, text: string) => cli(['compliance', '--engine', 'builtin', '--format', 'json', write(dir, name, text)]);

describe('compliance: hostile and broken input', () => {
  it('invalid YAML: exit 2 naming the file and line', () => {
    const r = run('invalid.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels: {a: b\nspec: {}\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid\.yaml:\d+: invalid YAML/);
  });

  it('an alias bomb is refused quickly', () => {
    let text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n  a0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 12; i++) text += `  a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
    const t = Date.now();
    const r = run('bomb.yaml', text);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bomb\.yaml:1: .*alias/i);
    expect(Date.now() - t).toBeLessThan(20_000);
  });

  it('a 50 MB file is refused by the size bound', () => {
    const file = join(dir, 'big.yaml');
    writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, 'a'));
    const r = cli(['compliance', '--engine', 'builtin', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/big\.yaml: is \d+ bytes, over the limit/);
  });

  it('a document that is a scalar', () => {
    const r = run('scalar.yaml', '---\njust text\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/scalar\.yaml:2: the document is a scalar/);
  });

  it('a document that is a list, with the line of that document', () => {
    const r = run('seq.yaml', 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n---\n- a\n- b\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/seq\.yaml:5: the document is a YAML sequence/);
  });

  it('an object without kind, and one without metadata.name', () => {
    // kube-score passes over a document without apiVersion or kind; the report counts it
    const a = run('nokind.yaml', 'apiVersion: v1\nmetadata: {name: a}\n');
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout).results[0].notices.map((n: { message: string }) => n.message)).toContainEqual(expect.stringMatching(/passed over 1 document\(s\) without apiVersion or kind: .*nokind\.yaml:1/));
    const b = run('noname.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {namespace: x}\nspec: {}\n');
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/noname\.yaml:1: apps\/v1\/Deployment has no metadata\.name/);
  });

  it('a Pod with no containers gets kube-score\'s CRITICAL "No containers defined"', () => {
    const r = run('empty-pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: []}\n');
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).results[0].findings;
    expect(findings.find((f: { ruleId: string }) => f.ruleId === 'container-resources')).toMatchObject({ severity: 'high', message: 'Container Resources: No containers defined' });
  });

  it('an invalid selector operator: a PDB fails the run with file and line, a Deployment selector is CRITICAL', () => {
    const pdb = run('pdb.yaml', 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: b}\nspec:\n  minAvailable: 1\n  selector: {matchExpressions: [{key: app, operator: Near}]}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {app: a}}\n  template: {metadata: {labels: {app: a}}, spec: {containers: [{name: a, image: "a:1"}]}}\n');
    expect(pdb.code).toBe(2);
    expect(pdb.stderr).toMatch(/pdb\.yaml:5: PodDisruptionBudget b: spec\.selector: .*"Near" is not a valid label selector operator/);
    const dep = run('dep.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchExpressions: [{key: app, operator: Near}]}\n  template: {metadata: {labels: {app: a}}, spec: {containers: [{name: a, image: "a:1"}]}}\n');
    expect(dep.code).toBe(1);
    const ids = JSON.parse(dep.stdout).results[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toContain('deployment-pod-selector-labels-match-template-metadata-labels');
  });

  it('an invalid resource quantity is a decode error, as in kube-score', () => {
    const r = run('qty.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: "a:1", resources: {limits: {cpu: lots}}}]}\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/qty\.yaml:4: .*resources\.limits\.cpu: "lots" is not a valid resource quantity/);
  });

  it('a missing file, and no file at all', () => {
    expect(cli(['compliance', '--engine', 'builtin', join(dir, 'nope.yaml')]).code).toBe(2);
    const none = cli(['compliance', '--engine', 'builtin']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no files given/);
  });
});
