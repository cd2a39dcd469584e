import { existsSync, mkdirSync, readFileSync, rmSync, cpSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addTasksToDatabase, cli, dropSchedulerDatabaseEgress, shippedCopy, workspace } from './helpers.js';

const findings = (stdout: string) => JSON.parse(stdout).results[0].findings as { ruleId: string; message: string; location?: { file: string; line?: number }; object?: { name?: string } }[];

describe('the shipped manifests against their declared intent', () => {
  it('pass with zero findings', () => {
    const dir = shippedCopy();
    const r = cli(['network-policy', 'check', 'manifests', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    expect(findings(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('fail when a policy lets task pods reach PostgreSQL, naming the policy that opens it', () => {
    const dir = shippedCopy();
    addTasksToDatabase(join(dir, 'manifests'));
    const r = cli(['network-policy', 'check', 'manifests', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const f = findings(r.stdout);
    expect(f.map((x) => x.ruleId)).toEqual(['allowed-not-intended']);
    expect(f[0]!.message).toMatch(/^airflow\/airflow-task\[Pod\] can reach airflow\/airflow-postgresql\[StatefulSet\] on TCP 5432, which the intent does not declare \(opened by NetworkPolicy postgresql-from-tasks at .*network-policies\.yaml:\d+\)$/);
    expect(f[0]!.object?.name).toBe('postgresql-from-tasks');
    const lines = readFileSync(join(dir, 'manifests', 'network-policies.yaml'), 'utf8').split('\n');
    expect(lines[f[0]!.location!.line! - 1]).toMatch(/- from:/);
  });

  it("fail when the scheduler's egress to the database is dropped, naming the blocked flow", () => {
    const dir = shippedCopy();
    dropSchedulerDatabaseEgress(join(dir, 'manifests'));
    const r = cli(['network-policy', 'check', 'manifests', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const f = findings(r.stdout);
    expect(f.map((x) => x.ruleId)).toEqual(['intended-blocked']);
    expect(f[0]!.message).toBe('intended flow airflow/airflow-scheduler[Deployment] → airflow/airflow-postgresql[StatefulSet] on TCP 5432 is blocked: TCP 5432 not allowed');
    expect(f[0]!.location?.file).toMatch(/flightcheck\.yaml$/);
  });

  it('fail through nx run <project>:network-policy on a broken copy', () => {
    // a temporary manifests project in this workspace: the plugin infers `<name>-manifests` with the target
    const name = `np-it-${process.pid}`;
    const proj = join(workspace, 'manifests', name);
    mkdirSync(proj, { recursive: true });
    try {
      cpSync(join(workspace, 'manifests', 'airflow'), proj, { recursive: true });
      addTasksToDatabase(proj);
      const r = spawnSync('npx', ['nx', 'run', `${name}-manifests:network-policy`, '--skip-nx-cache'], { cwd: workspace, encoding: 'utf8', timeout: 280_000, env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } });
      expect(r.status).not.toBe(0);
      const report = join(workspace, 'dist', 'flightcheck', `${name}-manifests`, 'network-policy.json');
      expect(existsSync(report)).toBe(true);
      expect(findings(readFileSync(report, 'utf8')).map((x) => x.ruleId)).toEqual(['allowed-not-intended']);
    } finally {
      rmSync(proj, { recursive: true, force: true });
      rmSync(join(workspace, 'dist', 'flightcheck', `${name}-manifests`), { recursive: true, force: true });
    }
  });
});
