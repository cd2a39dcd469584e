import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import executor from './executor.js';

const root = mkdtempSync(join(tmpdir(), 'fc-pss-exec-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const ctx = { root, projectName: 'x-manifests', targetName: 'pod-security' };
const shipped = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', '..', 'manifests', 'airflow');

describe('pod-security:check executor', () => {
  it('passes the shipped manifests and writes the reports', async () => {
    cpSync(shipped, join(root, 'm'), { recursive: true });
    expect(await executor({ paths: ['m'] }, ctx)).toEqual({ success: true });
    const report = JSON.parse(readFileSync(join(root, 'dist/flightcheck/x-manifests/pod-security.json'), 'utf8'));
    expect(report.results[0].findings).toEqual([]);
    expect(report.results[0].notices.some((n: { message: string }) => n.message.startsWith('namespace airflow: enforces restricted:v1.35'))).toBe(true);
  });
  it('fails on a workload the namespace would reject', async () => {
    const f = join(root, 'm', 'scheduler.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/allowPrivilegeEscalation: false/g, 'allowPrivilegeEscalation: true'));
    expect(await executor({ paths: ['m'] }, ctx)).toEqual({ success: false });
  });
  it('fails closed on a bad option, with the reason in the report', async () => {
    expect(await executor({ paths: ['m'], level: 'strict' }, { ...ctx, projectName: 'bad' })).toEqual({ success: false });
    const report = JSON.parse(readFileSync(join(root, 'dist/flightcheck/bad/pod-security.json'), 'utf8'));
    expect(report.results[0].error).toMatch(/unknown level "strict"/);
  });
});
