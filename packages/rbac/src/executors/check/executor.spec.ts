import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CLUSTER_ADMIN, clusterRoleBinding, role, roleBinding, rule, serviceAccount, yamlOf } from '../../__fixtures__/build.js';
import executor from './executor.js';

const NEEDS = `checks:\n  rbac:\n    needs:\n      - serviceAccount: a/app\n        rules:\n          - {apiGroups: [""], resources: [pods], verbs: [get]}\n`;

describe('@flightcheck/rbac:check', () => {
  it('writes the reports and passes when the grants are the need; fails on a cluster-admin binding', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fc-rbac-exec-'));
    writeFileSync(join(root, 'flightcheck.yaml'), NEEDS);
    const base = [serviceAccount('a', 'app'), role('a', 'r', [rule(['get'], ['pods'])]), roleBinding('a', 'r', 'Role:r', ['sa:a/app'])];
    writeFileSync(join(root, 'm.yaml'), yamlOf(...base));
    const log = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const ctx = { root, projectName: 'demo-manifests', targetName: 'rbac' };
    expect((await executor({ paths: ['m.yaml'] }, ctx)).success).toBe(true);
    expect(existsSync(join(root, 'dist/flightcheck/demo-manifests/rbac.sarif'))).toBe(true);
    writeFileSync(join(root, 'm.yaml'), yamlOf(...base, CLUSTER_ADMIN, clusterRoleBinding('x', 'ClusterRole:cluster-admin', ['sa:a/app'])));
    expect((await executor({ paths: ['m.yaml'] }, ctx)).success).toBe(false);
    const report = JSON.parse(readFileSync(join(root, 'dist/flightcheck/demo-manifests/rbac.json'), 'utf8'));
    expect(report.results[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('cluster-admin-binding');
    log.mockRestore();
  });
  it('fails closed when the input cannot be read or the needs are invalid', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fc-rbac-exec-'));
    const log = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect((await executor({ paths: ['missing.yaml'] }, { root, projectName: 'x' })).success).toBe(false);
    writeFileSync(join(root, 'm.yaml'), yamlOf(serviceAccount('a', 'app', false)));
    writeFileSync(join(root, 'bad.yaml'), 'checks:\n  rbac:\n    needs: [{serviceAccount: nonamespace}]\n');
    expect((await executor({ paths: ['m.yaml'], config: 'bad.yaml' }, { root, projectName: 'x' })).success).toBe(false);
    const report = JSON.parse(readFileSync(join(root, 'dist/flightcheck/x/rbac.json'), 'utf8'));
    expect(report.results[0].error).toContain('checks.rbac.needs');
    log.mockRestore();
  });
});
