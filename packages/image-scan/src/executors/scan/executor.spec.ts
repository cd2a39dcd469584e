import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { GLIBC, osvDb, REQUESTS, smallImage } from '../../../test/support/fixtures.js';
import executor from './executor.js';

const quiet = () => vi.spyOn(process.stdout, 'write').mockImplementation(() => true);

describe('@flightcheck/image-scan:scan', () => {
  it('scans options.archive, writes the reports and fails on high findings', async () => {
    quiet();
    const root = mkdtempSync(join(tmpdir(), 'exec-'));
    const db = osvDb([GLIBC, REQUESTS], new Date().toISOString());
    const out = await executor({ archive: await smallImage(), engine: 'builtin', osvDb: db }, { root, projectName: 'airflow-image', targetName: 'image-scan' });
    expect(out.success).toBe(false);
    const report = JSON.parse(readFileSync(join(root, 'dist/flightcheck/airflow-image/image-scan.json'), 'utf8'));
    expect(report.results[0].findings.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual(['CVE-2023-32681', 'CVE-2023-6246']);
    expect((await executor({ archive: await smallImage(), engine: 'builtin', osvDb: db, failOn: 'critical' }, { root, projectName: 'p', targetName: 'image-scan' })).success).toBe(true);
  });

  it('takes policy defaults from flightcheck.yaml', async () => {
    quiet();
    const root = mkdtempSync(join(tmpdir(), 'exec-'));
    writeFileSync(join(root, 'flightcheck.yaml'), `checks:\n  image-scan:\n    engine: builtin\n    osvDb: ${osvDb([GLIBC, REQUESTS], new Date().toISOString())}\n    severity: [critical]\n`);
    expect((await executor({ archive: await smallImage() }, { root, projectName: 'p', targetName: 'image-scan' })).success).toBe(true);
  });

  it('fails closed without an image record', async () => {
    quiet();
    const root = mkdtempSync(join(tmpdir(), 'exec-'));
    mkdirSync(join(root, 'dist'), { recursive: true });
    expect((await executor({ engine: 'builtin' }, { root, projectName: 'p', targetName: 'image-scan' })).success).toBe(false);
    const report = JSON.parse(readFileSync(join(root, 'dist/flightcheck/p/image-scan.json'), 'utf8'));
    expect(report.results[0].error).toMatch(/image\.json: no image record: run the image-build target first/);
  });
});
