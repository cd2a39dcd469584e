import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yargs from 'yargs';
import { describe, expect, it } from 'vitest';
import { clusterRole, clusterRoleBinding, rule, yamlOf } from './__fixtures__/build.js';
import plugin from './cli.js';

const dir = mkdtempSync(join(tmpdir(), 'fc-rbac-cli-'));
writeFileSync(join(dir, 'rbac.yaml'), yamlOf(clusterRole('c', [rule(['get'], ['nodes'])]), clusterRoleBinding('c', 'ClusterRole:c', ['user:u'])));

function io() {
  const out: string[] = [];
  return { out, io: { cwd: dir, env: {}, stderr: () => {}, stdout: (t: string) => out.push(t), isTTY: false, readStdin: async () => '' } };
}

describe('rbac plugin', () => {
  const cmd = plugin.commands[0]!;
  it('defines the rbac command with its query options', () => {
    expect(cmd.command).toBe('rbac [words..]');
    const parsed = yargs([]).command(cmd.command, '', cmd.builder!).parseSync(['rbac', 'can-i', 'get', 'pods', '--as', 'u', '--as-group', 'g', '-n', 'a']) as Record<string, unknown>;
    expect(parsed).toMatchObject({ words: ['can-i', 'get', 'pods'], as: 'u', asGroup: 'g', namespace: 'a' });
  });
  it('takes the positionals after --as-group as positionals, and gathers a repeated --as-group', () => {
    const parsed = yargs([]).command(cmd.command, '', cmd.builder!).parseSync(['rbac', 'can-i', '--as', 'u', '--as-group', 'g1', '--as-group', 'g2', 'get', '/healthz', 'rbac.yaml']) as Record<string, unknown>;
    expect(parsed).toMatchObject({ words: ['can-i', 'get', '/healthz', 'rbac.yaml'], asGroup: ['g1', 'g2'] });
  });
  it('answers can-i with an exit code and runs the check otherwise', async () => {
    const a = io();
    expect(await cmd.run({ words: ['can-i', 'get', 'nodes', 'rbac.yaml'], as: 'u' }, a.io)).toBe(0);
    expect(a.out.join('')).toBe('yes\n');
    const outcome = (await cmd.run({ words: ['rbac.yaml'] }, io().io)) as { report: { results: { check: string; findings: unknown[] }[] } };
    expect(outcome.report.results[0]!.check).toBe('rbac');
  });
});
