import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import executor from './executor.js';

const root = mkdtempSync(join(tmpdir(), 'airflow-executor-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const context = (projectRoot: string) => ({ root, projectName: 'demo-manifests', targetName: 'airflow', projectsConfigurations: { projects: { 'demo-manifests': { root: projectRoot } } } });
const pod = (value: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: a }\nspec:\n  containers: [{ name: a, image: apache/airflow:3.1.8, args: [triggerer], env: [{ name: AIRFLOW__CORE__LOAD_EXAMPLES, value: "${value}" }, { name: AIRFLOW__CORE__FERNET_KEY_CMD, value: x }, { name: AIRFLOW__API_AUTH__JWT_SECRET_SECRET, value: y }] }]\n`;

async function quiet<T>(fn: () => Promise<T>): Promise<T> {
  const spy = process.stdout.write;
  process.stdout.write = (() => true) as never;
  try {
    return await fn();
  } finally {
    process.stdout.write = spy;
  }
}

describe('check executor', () => {
  it('checks the project root and writes the report files', async () => {
    mkdirSync(join(root, 'proj'), { recursive: true });
    writeFileSync(join(root, 'proj', 'pod.yaml'), pod('False'));
    expect(await quiet(() => executor({}, context('proj')))).toEqual({ success: true });
    expect(existsSync(join(root, 'dist', 'flightcheck', 'demo-manifests', 'airflow.sarif'))).toBe(true);
    expect(JSON.parse(readFileSync(join(root, 'dist', 'flightcheck', 'demo-manifests', 'airflow.json'), 'utf8')).results[0].target).toBe('proj');
  });

  it('fails on a finding at or above failOn, and closed on a path that is not there', async () => {
    writeFileSync(join(root, 'proj', 'pod.yaml'), pod('True'));
    expect(await quiet(() => executor({}, context('proj')))).toEqual({ success: false });
    expect(await quiet(() => executor({ failOn: 'critical' }, context('proj')))).toEqual({ success: true });
    expect(await quiet(() => executor({ paths: ['missing'] }, context('proj')))).toEqual({ success: false });
  });
});
