import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandIO } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { runDiff } from './diff-command.js';

describe('network-policy diff of two directories', () => {
  it('prints the np-guard diff and markdown for a pull request', async () => {
    const root = mkdtempSync(join(tmpdir(), 'np-diff-'));
    for (const d of ['old', 'new']) mkdirSync(join(root, d));
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a, labels: {app: a}}\nspec: {containers: [{name: c}]}\n';
    writeFileSync(join(root, 'old', 'a.yaml'), pod);
    writeFileSync(join(root, 'new', 'a.yaml'), `${pod}---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec: {podSelector: {}, policyTypes: [Egress]}\n`);
    const out: string[] = [];
    const io: CommandIO = { cwd: root, env: {}, isTTY: false, stdout: (t) => out.push(t), stderr: () => {}, readStdin: async () => '' };
    expect(await runDiff({ action: 'diff', base: 'old', head: 'new', format: 'np-guard-txt' }, io, () => false)).toBe(0);
    expect(out.join('')).toBe('Connectivity diff:\ndiff-type: removed, source: default/a[Pod], destination: 0.0.0.0-255.255.255.255, ref1: All Connections, ref2: No Connections\n');
    out.length = 0;
    await runDiff({ action: 'diff', base: 'old', head: 'new', format: 'markdown' }, io, () => false);
    expect(out.join('')).toContain('0 added, 1 removed, 0 changed.');
  });
});
