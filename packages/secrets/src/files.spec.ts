import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectFiles, matchesKind } from './files.js';

const root = mkdtempSync(join(tmpdir(), 'secrets-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('collectFiles', () => {
  it('walks folders, skipping node_modules, .git and dist', () => {
    for (const d of ['a', 'node_modules/x', '.git', 'dist']) mkdirSync(join(root, d), { recursive: true });
    for (const f of ['a/notes.txt', 'node_modules/x/notes.txt', '.git/notes.txt', 'dist/notes.txt']) writeFileSync(join(root, f), 'x');
    expect(collectFiles(root)).toEqual([join(root, 'a', 'notes.txt')]);
  });

  it('takes a file as it is and rejects a missing path', () => {
    writeFileSync(join(root, 'one.txt'), 'x');
    expect(collectFiles(join(root, 'one.txt'))).toEqual([join(root, 'one.txt')]);
    expect(() => collectFiles(join(root, 'nope'))).toThrow(/no such file/);
  });

  it('knows each kind of file', () => {
    expect(matchesKind('x/Dockerfile', 'images')).toBe(true);
    expect(matchesKind('x/a.yaml', 'images')).toBe(false);
    expect(matchesKind('x/a.yml', 'manifests')).toBe(true);
    expect(matchesKind('x/anything', 'workspace')).toBe(true);
  });
});
