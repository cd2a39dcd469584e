import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { loadGitSide } from './git.js';

describe('loadGitSide', () => {
  it('reads the manifests of a git ref (git runs here), naming files REF:path', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'np-git-'));
    const git = (...a: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...a], { cwd: repo });
    git('init', '-q');
    writeFileSync(join(repo, 'a.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: first}\nspec: {containers: [{name: c}]}\n');
    git('add', '.');
    git('commit', '-qm', 'one');
    writeFileSync(join(repo, 'a.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: second}\nspec: {containers: [{name: c}]}\n');
    const side = await loadGitSide('HEAD', ['.'], repo);
    expect(side.topology.workloads.map((w) => w.display)).toEqual(['default/first[Pod]']);
    expect(side.loaded.files).toEqual(['HEAD:a.yaml']);
    await expect(loadGitSide('no-such-ref', ['.'], repo)).rejects.toThrow(InputError);
    await expect(loadGitSide('--upload-pack=x', ['.'], repo)).rejects.toThrow(/neither a directory nor a git ref/);
  });
});
