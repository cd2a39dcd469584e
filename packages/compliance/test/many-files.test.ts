import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir, workspace, write } from './helpers.js';

// issue 17: one bad file never hides the others; kube-score's input rules; duplicates; issue 11: field lines
const dir = tempDir();
const good = write(dir, 'good.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: n}\nspec:\n  containers:\n  - name: a\n    image: a:1.0\n    securityContext:\n      privileged: true\n');
const bad = write(dir, 'bad.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: q}\nspec: {containers: [1\n');
const run = (format: string, ...files: string[]) => cli(['compliance', '--engine', 'builtin', '--format', format, ...files]);

describe('compliance over many files', () => {
  it('scores every other file and reports the bad one (file, line, reason) in every format; exit 1', () => {
    for (const format of ['text', 'json', 'sarif', 'junit', 'markdown']) {
      const r = run(format, good, bad);
      expect(r.code, format).toBe(1);
      expect(r.stdout, format).toMatch(/bad\.yaml:5: invalid YAML/);
      expect(r.stdout, format).toMatch(/container-security-context-privileged/);
    }
    for (const format of ['kube-score-json', 'kube-score-ci']) {
      const r = run(format, good, bad);
      expect(r.code, format).toBe(1);
      expect(r.stdout, format).toMatch(/Container Security Context Privileged|The container is privileged/);
      expect(r.stderr, format).toMatch(/bad\.yaml:5: invalid YAML.*\(not scored\)/);
    }
  });
  it('exits 2 only when nothing could be read', () => {
    const r = run('json', bad, join(dir, 'missing.yaml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:5: invalid YAML.*1 more problem/);
  });
  it('points findings at the offending field; kube-score-json keeps the document line', () => {
    const findings = JSON.parse(run('json', good).stdout).results[0].findings as { ruleId: string; location: { line: number } }[];
    expect(findings.find((f) => f.ruleId === 'container-security-context-privileged')!.location.line).toBe(9);
    expect(findings.find((f) => f.ruleId === 'pod-networkpolicy')!.location.line).toBe(1);
    const ks = JSON.parse(run('kube-score-json', good).stdout) as { file_row: number }[];
    expect(ks[0]!.file_row).toBe(1);
  });
  it("kube-score's input rules: untyped documents passed over and counted, a List with null items, collection keys", () => {
    const f = write(dir, 'rules.yaml', 'foo: bar\n---\napiVersion: v1\nkind: List\nitems:\n---\napiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {type: ClusterIP}\n');
    const r = run('json', f);
    const res = JSON.parse(r.stdout).results[0];
    expect(res.notices.map((n: { message: string }) => n.message)).toContainEqual(expect.stringMatching(/passed over 1 document\(s\) without apiVersion or kind: .*rules\.yaml:1/));
    expect(res.notices.map((n: { message: string }) => n.message)).toContainEqual(expect.stringMatching(/^scored 1 object\(s\)/));
    const key = write(dir, 'key.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {[a, b]: c}\n');
    const cmd = spawnSync(process.execPath, ['--trace-warnings', join(workspace, 'packages/cli/bin/flightcheck.js'), 'compliance', '--engine', 'builtin', '--format', 'json', key, good], { encoding: 'utf8' });
    expect(cmd.status).toBe(1);
    expect(cmd.stderr).not.toMatch(/Warning/);
    expect(JSON.parse(cmd.stdout).results[1].error).toMatch(/key\.yaml:4: a mapping key is a collection/);
  });
  it('objects of the same identity in several files keep their own file and line, and a notice names them', () => {
    const a = write(dir, 'dup-a.yaml', 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {type: NodePort}\n');
    const b = write(dir, 'dup-b.yaml', '# comment\n\napiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  type: NodePort\n');
    const res = JSON.parse(run('json', a, b).stdout).results[0];
    const files = res.findings.filter((f: { ruleId: string }) => f.ruleId === 'service-type').map((f: { location: { file: string; line: number } }) => [f.location.file.split('/').pop(), f.location.line]);
    expect(files).toEqual([['dup-a.yaml', 4], ['dup-b.yaml', 7]]);
    expect(res.notices.map((n: { message: string }) => n.message)).toContainEqual(expect.stringMatching(/defined more than once.*v1\/Service s in .*dup-a\.yaml:1, .*dup-b\.yaml:3/));
  });
  it('an empty YAML input gives a notice', () => {
    const e = write(dir, 'empty.yaml', '# nothing here\n');
    const res = JSON.parse(run('json', e).stdout).results[0];
    expect(res.notices).toContainEqual({ level: 'warning', message: expect.stringMatching(/1 input\(s\) hold no YAML document: .*empty\.yaml/) });
  });
});
