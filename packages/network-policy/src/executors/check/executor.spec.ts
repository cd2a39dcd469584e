import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import executor from './executor.js';

describe('@flightcheck/network-policy:check', () => {
  it('writes the report and fails on a namespace that allows everything', async () => {
    const root = mkdtempSync(join(tmpdir(), 'np-exec-'));
    writeFileSync(join(root, 'm.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: n}\nspec: {containers: [{name: c}]}\n');
    const log = process.stdout.write;
    const r = await executor({ paths: ['m.yaml'] }, { root, projectName: 'demo-manifests', targetName: 'network-policy' });
    expect(r.success).toBe(false);
    const report = JSON.parse(readFileSync(join(root, 'dist/flightcheck/demo-manifests/network-policy.json'), 'utf8'));
    expect(report.results[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['missing-default-deny', 'missing-default-deny', 'allow-all', 'allow-all']);
    expect(typeof log).toBe('function');
  });
});
