import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError, type CommandIO } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { runNetworkPolicyCommand } from './command.js';

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const x: CommandIO = { cwd, env: {}, isTTY: false, stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '' };
  return { x, out, err };
}

describe('network-policy list', () => {
  it('prints the list on stdout and warnings on stderr; an invalid policy is exit 2 with nothing on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'np-cmd-'));
    writeFileSync(join(dir, 'a.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {containers: [{name: c}]}\n');
    writeFileSync(join(dir, 'x.json'), '{"not": "k8s"}');
    const ok = io(dir);
    expect(await runNetworkPolicyCommand({ action: 'list', paths: [dir], format: 'np-guard-txt' }, ok.x)).toBe(0);
    expect(ok.out.join('')).toBe('0.0.0.0-255.255.255.255 => default/a[Pod] : All Connections\ndefault/a[Pod] => 0.0.0.0-255.255.255.255 : All Connections\n');
    expect(ok.err.join('')).toMatch(/x\.json:1: the document has no apiVersion and kind; skipped/);
    writeFileSync(join(dir, 'p.yaml'), 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec: {podSelector: {}, egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8, except: [192.168.0.0/16]}}]}]}\n');
    const bad = io(dir);
    expect(await runNetworkPolicyCommand({ action: 'list', paths: [dir], format: 'np-guard-txt' }, bad.x)).toBe(2);
    expect(bad.out).toEqual([]);
    expect(bad.err.join('')).toMatch(/p\.yaml:4: NetworkPolicy p: except 192\.168\.0\.0\/16 is not inside cidr 10\.0\.0\.0\/8/);
  });
  it('rejects a format list does not print', async () => {
    await expect(runNetworkPolicyCommand({ action: 'list', paths: ['.'], format: 'sarif' }, io('.').x)).rejects.toThrow(UsageError);
  });
});
