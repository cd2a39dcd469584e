import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from './cli.js';

const io = (out: string[] = [], cwd = '/') => ({ cwd, env: {}, stdout: (t: string) => void out.push(t), stderr: () => {}, isTTY: false, readStdin: async () => '' });

describe('pod-security CLI plugin', () => {
  it('contributes the pod-security command', () => {
    expect(plugin.name).toBe('@flightcheck/pod-security');
    expect(plugin.commands[0]!.command).toBe('pod-security [paths..]');
  });
  it('prints the checks for `pod-security list`', async () => {
    const out: string[] = [];
    expect(await plugin.commands[0]!.run({ paths: ['list'] }, io(out))).toBe(0);
    expect(out.join('')).toMatch(/^runAsUser\s+restricted\s+v1.23, v1.35$/m);
  });
  it('judges files at the level given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-pss-cli-'));
    writeFileSync(join(dir, 'p.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  hostIPC: true\n  containers: [{ name: a }]\n');
    const outcome = await plugin.commands[0]!.run({ paths: ['p.yaml'], level: 'baseline', pssVersion: 'v1.10' }, io([], dir));
    expect(typeof outcome).toBe('object');
    const report = (outcome as { report: { results: { findings: { ruleId: string; message: string }[] }[] } }).report;
    expect(report.results[0]!.findings.map((f) => f.message)).toEqual(['host namespaces (hostIPC=true): spec.hostIPC at line 5']);
  });
});
