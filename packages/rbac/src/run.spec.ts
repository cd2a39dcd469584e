import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLUSTER_ADMIN, clusterRoleBinding, serviceAccount, yamlOf } from './__fixtures__/build.js';
import { runRbac } from './run.js';

describe('runRbac', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fc-rbac-run-'));
  writeFileSync(join(dir, 'rbac.yaml'), yamlOf(serviceAccount('a', 'x', false), CLUSTER_ADMIN, clusterRoleBinding('c', 'ClusterRole:cluster-admin', ['sa:a/x'])));
  it('reports findings with workspace-relative files and warns without needs', async () => {
    const r = (await runRbac({ paths: ['rbac.yaml'], cwd: dir })).results[0]!;
    expect(r.findings.map((f) => f.ruleId)).toEqual(['cluster-admin-binding']);
    expect(r.findings[0]!.location?.file).toBe('rbac.yaml');
    expect(r.notices?.[0]!.message).toContain('no checks.rbac.needs');
  });
  it('judges needs from the policy file', async () => {
    writeFileSync(join(dir, 'p.yaml'), 'checks:\n  rbac:\n    needs: []\n');
    const r = (await runRbac({ paths: ['rbac.yaml'], cwd: dir, policyFile: 'p.yaml' })).results[0]!;
    expect(r.findings.map((f) => f.ruleId).sort()).toEqual(['cluster-admin-binding', 'permission-beyond-need', 'permission-beyond-need']);
    // the text report shows the smallest role once per ServiceAccount (here: none, it needs nothing)
    expect(r.notices).toEqual([{ level: 'info', message: 'the smallest role that serves the need of ServiceAccount a/x (checks.rbac.needs):\n      # a/x needs no API access: remove this grant and set automountServiceAccountToken: false' }]);
  });
  it('prints the smallest role as YAML for a ServiceAccount granted more than it needs', async () => {
    writeFileSync(join(dir, 'n.yaml'), 'checks:\n  rbac:\n    needs:\n      - serviceAccount: a/x\n        rules: [{apiGroups: [""], resources: [pods], verbs: [get]}]\n');
    const r = (await runRbac({ paths: ['rbac.yaml'], cwd: dir, policyFile: 'n.yaml' })).results[0]!;
    const roles = r.notices!.filter((n) => n.message.startsWith('the smallest role'));
    expect(roles).toHaveLength(1);
    expect(roles[0]!.message).toContain('      kind: Role\n      metadata:\n        name: x-needs\n        namespace: a\n      rules:\n        - apiGroups:\n            - ""\n          resources:\n            - pods\n          verbs:\n            - get\n      ---\n');
  });
  it('fails closed on unreadable input and on no paths', async () => {
    writeFileSync(join(dir, 'bad.yaml'), 'kind: [\n');
    expect((await runRbac({ paths: ['bad.yaml'], cwd: dir })).results[0]!.error).toContain('bad.yaml');
    expect((await runRbac({ paths: [], cwd: dir })).results[0]!.error).toBe('no manifest paths given');
  });
});
