import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { gitFiles } from './git.js';

const root = mkdtempSync(join(tmpdir(), 'secrets-git-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('gitFiles', () => {
  it('lists tracked and untracked files, leaving out what .gitignore ignores', async () => {
    execFileSync('git', ['init', '-q', root]);
    mkdirSync(join(root, 'sub', 'build'), { recursive: true });
    writeFileSync(join(root, '.gitignore'), 'ignored.txt\n');
    writeFileSync(join(root, 'sub', '.gitignore'), 'build/\n');
    for (const f of ['a.txt', 'ignored.txt', 'sub/b.txt', 'sub/build/c.txt']) writeFileSync(join(root, f), 'x');
    const files = (await gitFiles(join(root, 'sub')))!.map((f) => f.slice(root.length + 1)).sort();
    expect(files).toEqual(['sub/.gitignore', 'sub/b.txt']);
    expect((await gitFiles(root))!.map((f) => f.slice(root.length + 1)).sort()).toEqual(['.gitignore', 'a.txt', 'sub/.gitignore', 'sub/b.txt']);
  });

  it('is undefined outside a git work tree', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'secrets-nogit-'));
    try {
      expect(await gitFiles(plain)).toBeUndefined();
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
