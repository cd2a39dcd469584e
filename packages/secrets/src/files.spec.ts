import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectFiles } from './files.js';

const root = mkdtempSync(join(tmpdir(), 'secrets-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('collectFiles', () => {
  it('walks folders, skipping node_modules, .git and dist, not following symlinks', async () => {
    for (const d of ['a', 'node_modules/x', '.git', 'dist']) mkdirSync(join(root, 'w', d), { recursive: true });
    for (const f of ['a/f.txt', 'node_modules/x/f.txt', '.git/config', 'dist/f.txt']) writeFileSync(join(root, 'w', f), 'x');
    symlinkSync('/etc/passwd', join(root, 'w', 'a', 'link'));
    expect(await collectFiles(join(root, 'w'))).toEqual([join(root, 'w', 'a', 'f.txt')]);
  });

  it('respects .gitignore in a git work tree, unless told not to', async () => {
    const g = join(root, 'g');
    mkdirSync(join(g, 'dist'), { recursive: true });
    execFileSync('git', ['init', '-q', g]);
    writeFileSync(join(g, '.gitignore'), 'secret.local\n');
    writeFileSync(join(g, 'secret.local'), 'x');
    writeFileSync(join(g, 'kept.txt'), 'x');
    writeFileSync(join(g, 'dist', 'out.txt'), 'x');
    expect(await collectFiles(g)).toEqual([join(g, '.gitignore'), join(g, 'kept.txt')]);
    expect(await collectFiles(g, { gitignore: false })).toEqual([join(g, '.gitignore'), join(g, 'kept.txt'), join(g, 'secret.local')]);
  });

  it('takes a file as it is and rejects a missing path', async () => {
    writeFileSync(join(root, 'one.txt'), 'x');
    expect(await collectFiles(join(root, 'one.txt'))).toEqual([join(root, 'one.txt')]);
    await expect(collectFiles(join(root, 'nope'))).rejects.toThrow(/no such file/);
  });
});
