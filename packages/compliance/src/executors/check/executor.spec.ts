import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import executor from './executor.js';

const deployment = (image: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec:
  selector: {matchLabels: {app: a}}
  template:
    metadata: {labels: {app: a}}
    spec: {containers: [{name: a, image: "${image}"}]}
`;

describe('@flightcheck/compliance:check', () => {
  it('writes reports and fails on CRITICAL; ignoreTest makes it pass', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fc-exec-'));
    writeFileSync(join(root, 'm.yaml'), deployment('a:1'));
    const ctx = { root, projectName: 'demo-manifests', targetName: 'compliance' };
    const log = console.log;
    const failing = await executor({ paths: ['m.yaml'], engine: 'builtin' }, ctx);
    expect(failing.success).toBe(false);
    const report = JSON.parse(readFileSync(join(root, 'dist/flightcheck/demo-manifests/compliance.json'), 'utf8'));
    expect(report.results[0].engine).toBe('builtin');
    expect(existsSync(join(root, 'dist/flightcheck/demo-manifests/compliance.sarif'))).toBe(true);
    const critical = [...new Set(report.results[0].findings.filter((f: { severity: string }) => f.severity === 'high').map((f: { ruleId: string }) => f.ruleId))] as string[];
    const passing = await executor({ paths: ['m.yaml'], engine: 'builtin', ignoreTest: critical }, ctx);
    expect(passing.success).toBe(true);
    console.log = log;
  });
  it('fails closed when the input cannot be read', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fc-exec-'));
    expect((await executor({ paths: ['missing.yaml'], engine: 'builtin' }, { root, projectName: 'x', targetName: 'compliance' })).success).toBe(false);
  });
});
