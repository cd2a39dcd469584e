import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createReport } from '@flightcheck/core';
import gateExecutor from './executor.js';

describe('@flightcheck/nx-plugin:gate', () => {
  it('fails when a check of its dependsOn failed or wrote no report, and prints the verdict', async () => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((t) => (out.push(String(t)), true));
    const root = mkdtempSync(join(tmpdir(), 'fc-gate-exec-'));
    mkdirSync(join(root, 'dist/flightcheck/p'), { recursive: true });
    const clean = createReport([{ check: 'secrets', target: '.', engine: 'builtin', findings: [] }]);
    writeFileSync(join(root, 'dist/flightcheck/p/secrets.json'), JSON.stringify(clean));
    const ctx = (dependsOn: unknown[]) => ({ root, projectName: 'p', targetName: 'security', projectsConfigurations: { projects: { p: { targets: { security: { dependsOn } } } } } });
    expect(await gateExecutor({}, ctx([{ target: 'secrets', options: 'forward' }]))).toEqual({ success: true });
    expect(out.join('')).toContain('flightcheck p:security: PASSED');
    expect(await gateExecutor({}, ctx(['secrets', 'compliance']))).toEqual({ success: false });
    expect(out.join('')).toContain('✗ flightcheck p:compliance: FAILED (wrote no report');
    vi.restoreAllMocks();
  });
});
