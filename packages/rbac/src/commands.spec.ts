import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clusterRole, clusterRoleBinding, role, roleBinding, rule, yamlOf } from './__fixtures__/build.js';
import { canI, rules, whoCan } from './commands.js';

const dir = mkdtempSync(join(tmpdir(), 'fc-rbac-cmd-'));
writeFileSync(join(dir, 'rbac.yaml'), yamlOf(role('a', 'r', [rule(['get'], ['pods'], [''], ['web'])]), roleBinding('a', 'r', 'Role:r', ['sa:app']), clusterRole('c', [rule(['list'], ['nodes'])]), clusterRoleBinding('c', 'ClusterRole:c', ['group:ops'])));
const cwd = dir;

describe('query commands', () => {
  it('can-i answers yes/no with exit 0/1, telling NAME from a path', async () => {
    expect(await canI({ words: ['get', 'pods', 'web', 'rbac.yaml'], as: 'system:serviceaccount:a:app', namespace: 'a', cwd })).toEqual({ stdout: 'yes\n', exitCode: 0 });
    expect(await canI({ words: ['get', 'pods', 'rbac.yaml'], as: 'system:serviceaccount:a:app', namespace: 'a', cwd })).toEqual({ stdout: 'no\n', exitCode: 1 });
    expect((await canI({ words: ['list', 'nodes', 'rbac.yaml'], as: 'x', asGroup: ['ops'], cwd })).exitCode).toBe(0);
    await expect(canI({ words: ['get', 'pods', 'web', 'missing.yaml'], as: 'x', cwd })).rejects.toThrow(/missing\.yaml/);
    await expect(canI({ words: ['get', 'pods', 'missing.yaml'], as: 'x', cwd })).rejects.toThrow(/name the manifest files/);
  });
  it('can-i --batch answers a file of queries', async () => {
    writeFileSync(join(dir, 'q.jsonl'), '{"id":"q1","user":"x","groups":["ops"],"namespace":"","verb":"list","resource":"nodes"}\n');
    expect((await canI({ words: ['rbac.yaml'], batch: 'q.jsonl', cwd })).stdout).toBe('{"id":"q1","allowed":true}\n');
  });
  it('rules lists the effective rules as JSON or text', async () => {
    const json = JSON.parse((await rules({ words: ['rbac.yaml'], as: 'system:serviceaccount:a:app', namespace: 'a', format: 'json', cwd })).stdout);
    expect(json.rules).toEqual([expect.objectContaining({ verbs: ['get'], resources: ['pods'], resourceNames: ['web'] })]);
    expect((await rules({ words: ['rbac.yaml'], as: 'nobody', cwd })).stdout).toContain('holds no rules');
  });
  it('who-can lists the subjects with the binding', async () => {
    expect((await whoCan({ words: ['list', 'nodes', 'rbac.yaml'], cwd })).stdout).toContain('Group ops  via ClusterRoleBinding c');
    expect((await whoCan({ words: ['delete', 'nodes', 'rbac.yaml'], cwd })).stdout).toBe('no subject\n');
  });
  it('fails closed, naming file, line and object, when a role was left out for its size', async () => {
    const many = Array.from({ length: 5001 }, (_, i) => rule(['get'], [`r${i}`]));
    writeFileSync(join(dir, 'big.yaml'), yamlOf(role('a', 'huge', many), roleBinding('a', 'h', 'Role:huge', ['user:u'])));
    for (const q of [canI({ words: ['get', 'r1', 'big.yaml'], as: 'u', namespace: 'a', cwd }), rules({ words: ['big.yaml'], as: 'u', namespace: 'a', cwd }), whoCan({ words: ['get', 'r1', 'big.yaml'], namespace: 'a', cwd })]) {
      await expect(q).rejects.toThrow(/big\.yaml:\d+: Role huge has 5001 rules/);
    }
  });
});
