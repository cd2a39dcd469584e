import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = dirname(fileURLToPath(import.meta.url));
export const workspace = join(here, '..', '..', '..');
const cliBin = join(workspace, 'packages', 'cli', 'bin', 'flightcheck.js');

/** Runs the built CLI (build first: npx tsc -b tsconfig.build.json). */
export function cli(args: string[], cwd = workspace): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cliBin, ...args], { cwd, encoding: 'utf8', timeout: 180_000, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the shipped manifests and the workspace's flightcheck.yaml (with its intent) in a temp dir. */
export function shippedCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fc-netpol-'));
  cpSync(join(workspace, 'manifests', 'airflow'), join(dir, 'manifests'), { recursive: true });
  writeFileSync(join(dir, 'flightcheck.yaml'), readFileSync(join(workspace, 'flightcheck.yaml'), 'utf8'));
  return dir;
}

/** A policy that lets task pods (component worker) reach PostgreSQL, on both sides. */
export const TASKS_TO_DATABASE = `---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: tasks-to-postgresql
  namespace: airflow
spec:
  podSelector:
    matchLabels:
      app.kubernetes.io/component: worker
  policyTypes: ["Egress"]
  egress:
    - to:
        - podSelector:
            matchLabels:
              app.kubernetes.io/name: postgresql
      ports:
        - port: 5432
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: postgresql-from-tasks
  namespace: airflow
spec:
  podSelector:
    matchLabels:
      app.kubernetes.io/name: postgresql
  policyTypes: ["Ingress"]
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app.kubernetes.io/component: worker
      ports:
        - port: 5432
`;

export function addTasksToDatabase(manifests: string): void {
  appendFileSync(join(manifests, 'network-policies.yaml'), TASKS_TO_DATABASE);
}

/** Drops the scheduler from the components whose egress reaches PostgreSQL. */
export function dropSchedulerDatabaseEgress(manifests: string): void {
  const f = join(manifests, 'network-policies.yaml');
  const text = readFileSync(f, 'utf8');
  const marker = 'name: airflow-egress-postgresql';
  const at = text.indexOf(marker);
  const end = text.indexOf('policyTypes', at);
  const part = text.slice(at, end).replace('values: ["api-server", "scheduler", "triggerer", "dag-processor", "db-migrate"]', 'values: ["api-server", "triggerer", "dag-processor", "db-migrate"]');
  if (part === text.slice(at, end)) throw new Error('the shipped policy changed: update dropSchedulerDatabaseEgress');
  writeFileSync(f, text.slice(0, at) + part + text.slice(end));
}
