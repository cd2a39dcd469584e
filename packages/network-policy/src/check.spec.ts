import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runNetworkPolicyCheck, runNetworkPolicyCheckSafely } from './check.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('runNetworkPolicyCheck', () => {
  it('passes the shipped manifests against the intent in flightcheck.yaml', () => {
    const { report } = runNetworkPolicyCheck({ paths: ['manifests/airflow'], cwd: root });
    expect(report.results[0]!.findings).toEqual([]);
    expect(report.results[0]!.notices?.[0]?.message).toMatch(/6 intended flows/);
  });
  it('fails closed on a bad policy file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'np-chk-'));
    cpSync(join(root, 'manifests/airflow'), dir, { recursive: true });
    const r = await runNetworkPolicyCheckSafely({ paths: [dir], cwd: dir, policyFile: join(dir, 'missing.yaml') });
    expect(r.results[0]!.error).toMatch(/cannot read/);
  });
  it('attaches the connectivity graph as SVG', async () => {
    const r = await runNetworkPolicyCheckSafely({ paths: ['manifests/airflow'], cwd: root });
    expect(r.results[0]!.artifacts?.[0]?.svg).toContain('airflow&#45;scheduler[Deployment]');
  });
});
