import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, findings } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'fc-pss-bad-'));
const put = (name: string, text: string) => (writeFileSync(join(dir, name), text), name);
const POD = put('pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers: [{ name: a }]\n');

describe('pod-security on bad input', () => {
  it('refuses an unknown level or version with one line naming it (exit 2)', async () => {
    for (const [args, want] of [
      [['--level', 'strict'], /unknown level "strict"; choose one of privileged, baseline, restricted/],
      [['--level', 'baseline', '--pss-version', 'v1.x'], /unknown policy version "v1.x"; expected v1.N/],
      [['--pss-version', 'v1.30'], /--pss-version needs --level/],
    ] as const) {
      const r = await cli(['pod-security', ...args, POD], { cwd: dir });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(want);
    }
  });
  it('reports a malformed namespace label with file, line and object', async () => {
    put('ns.yaml', 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n    pod-security.kubernetes.io/enforce-version: v1.3O\n');
    const r = await cli(['pod-security', 'ns.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const f = findings(r.stdout).find((x) => x.ruleId === 'namespace-labels')!;
    expect(f.message).toBe('namespace n: label pod-security.kubernetes.io/enforce-version="v1.3O" must be v1.N or latest (admission uses latest)');
    expect(f.location).toEqual({ file: join(dir, 'ns.yaml'), line: 7 });
    expect(f.object).toMatchObject({ kind: 'Namespace', name: 'n' });
  });
  it('fails a workload without a pod template and a CronJob with a broken jobTemplate', async () => {
    put('w.yaml', 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: s, namespace: x }\nspec: { serviceName: s }\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata: { name: c, namespace: x }\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template: "oops"\n');
    const r = await cli(['pod-security', 'w.yaml', '--format', 'json', '--level', 'restricted'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(findings(r.stdout).map((f) => [f.ruleId, f.object?.kind, f.location?.line, f.message.split(' (')[1]])).toEqual([
      ['pod-template', 'StatefulSet', 4, 'spec.template is missing): it cannot be judged, so it fails'],
      ['pod-template', 'CronJob', 13, 'spec.jobTemplate.spec.template is a string, not a mapping): it cannot be judged, so it fails'],
    ]);
  });
  it('names a file that does not parse (fail closed), and still judges the others', async () => {
    put('broken.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [\n');
    const r = await cli(['pod-security', 'broken.yaml', POD, '--format', 'json', '--level', 'baseline'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.results.find((x: { error?: string }) => x.error).error).toMatch(/\/broken.yaml:\d+: invalid YAML/);
  });
  it('judges a huge pod spec within bounds, or fails it with a reason', async () => {
    const containers = Array.from({ length: 2000 }, (_, i) => `    - name: c${i}\n      securityContext: { privileged: true }`).join('\n');
    put('big.yaml', `apiVersion: v1\nkind: Pod\nmetadata: { name: big }\nspec:\n  containers:\n${containers}\n`);
    const r = await cli(['pod-security', 'big.yaml', '--format', 'json', '--level', 'baseline'], { cwd: dir });
    expect(r.code).toBe(1);
    const f = findings(r.stdout);
    expect(f.map((x) => x.ruleId)).toEqual(['privileged']);
    expect(f[0]!.message).toMatch(/^privileged \(containers "c0", "c1", .*"c1999" must not set securityContext.privileged=true\): container "c0", spec.containers\[0\].securityContext.privileged at line 7 \(and 1999 more fields\)$/);
    const many = Array.from({ length: 5001 }, (_, i) => `    - { name: c${i} }`).join('\n');
    put('huge.yaml', `apiVersion: v1\nkind: Pod\nmetadata: { name: huge }\nspec:\n  initContainers:\n${many}\n`);
    const h = findings((await cli(['pod-security', 'huge.yaml', '--format', 'json', '--level', 'baseline'], { cwd: dir })).stdout);
    expect(h.map((x) => [x.ruleId, x.message])).toEqual([['pod-spec', 'spec.initContainers holds 5001 items, more than 5000: the pod spec is too large to judge']]);
  });
  it('reads standard input', async () => {
    const r = await cli(['pod-security', '-', '--format', 'json', '--level', 'baseline'], { cwd: dir, input: 'apiVersion: v1\nkind: Pod\nmetadata: { name: s }\nspec:\n  hostPID: true\n' });
    expect(findings(r.stdout).map((f) => [f.ruleId, f.location?.file, f.location?.line])).toEqual([['hostNamespaces', 'STDIN', 5]]);
  });
});
