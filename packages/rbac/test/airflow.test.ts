// The shipped Airflow manifests pass the rbac check against their declared needs; each widening the
// issue names (pods/exec for the scheduler, a ClusterRoleBinding, Secrets for the API server) fails it
// with findings that name the ServiceAccount and the path of objects, files and lines.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { airflowCopy, cli, findings } from './helpers.js';

const SCHEDULER = 'system:serviceaccount:airflow:airflow-scheduler';

function addRule(dir: string, role: string, rule: string): number {
  const file = join(dir, 'airflow', 'rbac.yaml');
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf('rules:', text.indexOf(`name: ${role}`));
  const insert = `rules:\n${rule}`;
  writeFileSync(file, text.slice(0, at) + insert + text.slice(at + 'rules:'.length));
  return text.slice(0, at).split('\n').length + 1;
}

describe('rbac over the shipped Airflow manifests', () => {
  it('passes with zero findings against checks.rbac.needs', async () => {
    const dir = airflowCopy();
    const run = await cli(['rbac', 'airflow', '--format', 'json'], dir);
    expect(run.stderr).toBe('');
    expect(findings(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(await cli(['rbac', 'can-i', '--as', SCHEDULER, '-n', 'airflow', 'create', 'pods', 'airflow'], dir)).toMatchObject({ code: 0, stdout: 'yes\n' });
    expect(await cli(['rbac', 'can-i', '--as', SCHEDULER, '-n', 'airflow', 'create', 'pods/exec', 'airflow'], dir)).toMatchObject({ code: 1, stdout: 'no\n' });
  });

  it('fails when the scheduler gets pods/exec, naming the path', async () => {
    const dir = airflowCopy();
    const line = addRule(dir, 'airflow-pod-launcher', '  - apiGroups: [""]\n    resources: ["pods/exec"]\n    verbs: ["create"]\n');
    const run = await cli(['rbac', 'airflow', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const f = findings(run);
    expect(f.map((x) => x.ruleId).sort()).toEqual(['permission-beyond-need', 'pod-exec']);
    for (const x of f) {
      expect(x.severity).toBe('high');
      expect(x.message).toContain('ServiceAccount airflow/airflow-scheduler');
      expect(x.location).toEqual({ file: 'airflow/rbac.yaml', line });
    }
    expect(f.find((x) => x.ruleId === 'pod-exec')!.message).toContain(`create pods/exec in airflow, granted by RoleBinding airflow/airflow-pod-launcher (airflow/rbac.yaml:`);
    expect(f.find((x) => x.ruleId === 'permission-beyond-need')!.resolution).toContain('name: airflow-scheduler-needs');
    expect(await cli(['rbac', 'can-i', '--as', SCHEDULER, '-n', 'airflow', 'create', 'pods/exec', 'airflow'], dir)).toMatchObject({ code: 0, stdout: 'yes\n' });
  });

  it('fails when a ClusterRoleBinding grants the scheduler pods in every namespace', async () => {
    const dir = airflowCopy();
    appendFileSync(join(dir, 'airflow', 'rbac.yaml'), `---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: airflow-pod-launcher-everywhere}
rules:
  - apiGroups: [""]
    resources: [pods]
    verbs: [create, get, list, watch, patch, delete]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: airflow-pod-launcher-everywhere}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: airflow-pod-launcher-everywhere}
subjects:
  - {kind: ServiceAccount, name: airflow-scheduler, namespace: airflow}
`);
    const run = await cli(['rbac', 'airflow', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const beyond = findings(run).find((x) => x.ruleId === 'permission-beyond-need')!;
    expect(beyond.severity).toBe('high');
    expect(beyond.message).toMatch(/ServiceAccount airflow\/airflow-scheduler holds .*create pods \(core\).* cluster-wide beyond its declared need, granted by ClusterRoleBinding airflow-pod-launcher-everywhere \(airflow\/rbac\.yaml:\d+\) → ClusterRole airflow-pod-launcher-everywhere rules\[0\]/);
    expect(beyond.resolution).toContain('kind: Role');
  });

  it("fails when a ClusterRoleBinding grants the scheduler Kubernetes' default cluster-admin, which the manifests do not define", async () => {
    const dir = airflowCopy();
    appendFileSync(join(dir, 'airflow', 'rbac.yaml'), `---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: airflow-scheduler-admin}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
subjects:
  - {kind: ServiceAccount, name: airflow-scheduler, namespace: airflow}
`);
    const run = await cli(['rbac', 'airflow', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const f = findings(run);
    expect(f.find((x) => x.ruleId === 'cluster-admin-binding')).toMatchObject({ severity: 'critical', message: 'ClusterRoleBinding airflow-scheduler-admin grants ClusterRole cluster-admin, which allows everything, in the whole cluster to ServiceAccount airflow/airflow-scheduler' });
    expect(f.find((x) => x.ruleId === 'permission-beyond-need')).toMatchObject({ severity: 'high', location: { file: 'airflow/rbac.yaml' } });
    expect(f.map((x) => x.ruleId)).not.toContain('role-ref-missing');
  });

  it('fails when the API server may read Secrets', async () => {
    const dir = airflowCopy();
    const line = addRule(dir, 'airflow-pod-log-reader', '  - apiGroups: [""]\n    resources: ["secrets"]\n    verbs: ["get", "list"]\n');
    const run = await cli(['rbac', 'airflow', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const f = findings(run);
    // and the scheduler, which may create (and patch) pods in airflow, can now run one as the API server
    expect(f.map((x) => x.ruleId).sort()).toEqual(['permission-beyond-need', 'pod-create', 'pod-patch', 'secrets-read']);
    const create = f.find((x) => x.ruleId === 'pod-create')!;
    expect(create.message).toContain('ServiceAccount airflow/airflow-scheduler can escalate: creates pods in airflow');
    expect(create.message).toMatch(/acts as system:serviceaccount:airflow:airflow-api-server \(ServiceAccount airflow\/airflow-api-server, airflow\/serviceaccounts\.yaml:\d+, is declared\); .* holds get secrets \(core\) in airflow, granted by RoleBinding airflow\/airflow-pod-log-reader/);
    const read = f.find((x) => x.ruleId === 'secrets-read')!;
    expect(read.message).toContain('ServiceAccount airflow/airflow-api-server can escalate: reads Secrets in airflow');
    expect(read.message).toContain('granted by RoleBinding airflow/airflow-pod-log-reader');
    expect(read.location).toEqual({ file: 'airflow/rbac.yaml', line });
  });

  it('fails when a declared need is not granted, at the need in flightcheck.yaml', async () => {
    const dir = airflowCopy();
    const file = join(dir, 'airflow', 'rbac.yaml');
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('  - apiGroups: [""]\n    resources: ["pods/log"]', text.indexOf('name: airflow-pod-log-reader'));
    writeFileSync(file, text.slice(0, at) + text.slice(at + '  - apiGroups: [""]\n    resources: ["pods/log"]\n    verbs: ["get"]\n'.length));
    const policy = readFileSync(join(dir, 'flightcheck.yaml'), 'utf8').split('\n');
    const need = policy.findIndex((l) => l.includes('serviceAccount: airflow/airflow-api-server'));
    const line = need + policy.slice(need).findIndex((l) => l.includes('resources: [pods/log]'));
    const f = findings(await cli(['rbac', 'airflow', '--format', 'json'], dir));
    expect(f.map((x) => [x.ruleId, x.severity, x.location])).toEqual([['need-not-granted', 'high', { file: 'flightcheck.yaml', line }]]);
    expect(f[0]!.message).toBe('ServiceAccount airflow/airflow-api-server needs get pods/log (core) in airflow (checks.rbac.needs, rules[1]), but no binding grants it');
  });

  it('fails when a ServiceAccount that needs no API mounts its token', async () => {
    const dir = airflowCopy();
    const file = join(dir, 'airflow', 'serviceaccounts.yaml');
    const text = readFileSync(file, 'utf8');
    const i = text.indexOf('automountServiceAccountToken: false', text.indexOf('name: airflow-triggerer'));
    writeFileSync(file, `${text.slice(0, i)}automountServiceAccountToken: true${text.slice(i + 'automountServiceAccountToken: false'.length)}`);
    const f = findings((await cli(['rbac', 'airflow', '--format', 'json'], dir)));
    expect(f.map((x) => [x.ruleId, x.severity])).toEqual([['token-automount-unneeded', 'medium']]);
    expect(f[0]!.message).toContain('airflow/airflow-triggerer');
  });
});
