import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from './errors.js';
import { expandInputPaths, type ExpandInputOptions } from './files.js';

function tree(files: string[]): string {
  const d = mkdtempSync(join(tmpdir(), 'fc-files-'));
  for (const f of files) {
    mkdirSync(join(d, f, '..'), { recursive: true });
    writeFileSync(join(d, f), 'x');
  }
  return d;
}

const yaml = (cwd: string, more: Partial<ExpandInputOptions> = {}): ExpandInputOptions => ({ cwd, match: (n) => /\.ya?ml$/i.test(n), maxFiles: 100, maxDepth: 8, ...more });

describe('expandInputPaths', () => {
  it('walks directories in sorted order per directory, skipping node_modules and .git, files as given', () => {
    const d = tree(['b.yaml', 'a/z.yml', 'a.yaml', 'B.yaml', 'node_modules/x.yaml', '.git/y.yaml', 'notes.txt']);
    expect(expandInputPaths([d], yaml('/')).map((f) => f.slice(d.length + 1))).toEqual(['B.yaml', 'a/z.yml', 'a.yaml', 'b.yaml']);
    expect(expandInputPaths(['notes.txt'], yaml(d))).toEqual([join(d, 'notes.txt')]);
  });
  it('keeps relative paths relative with output as-given, and - only when stdin is on', () => {
    const d = tree(['m/a.yaml', 'm/sub/b.yml']);
    expect(expandInputPaths(['m', '-', 'm/a.yaml'], yaml(d, { output: 'as-given', stdin: true }))).toEqual(['m/a.yaml', 'm/sub/b.yml', '-', 'm/a.yaml']);
    expect(expandInputPaths(['.'], yaml(join(d, 'm'), { output: 'as-given' }))).toEqual(['a.yaml', 'sub/b.yml']);
    expect(expandInputPaths([join(d, 'm')], yaml('/', { output: 'as-given' }))).toEqual([join(d, 'm/a.yaml'), join(d, 'm/sub/b.yml')]);
    expect(() => expandInputPaths(['-'], yaml(d))).toThrow(/^-: no such file or directory/);
  });
  it('takes skipDir and compare', () => {
    const d = tree(['.hidden/a.yaml', 'B.yaml', 'a.yaml']);
    const opts = yaml(d, { skipDir: (n) => n.startsWith('.'), compare: (a, b) => a.localeCompare(b, 'en') });
    expect(expandInputPaths(['.'], opts).map((f) => f.slice(d.length + 1))).toEqual(['a.yaml', 'B.yaml']);
  });
  it('never follows symbolic links beneath a directory; follows a given one unless told not to', () => {
    const d = tree(['real/a.yaml', 'top/b.yaml']);
    symlinkSync(join(d, 'real'), join(d, 'top', 'link'));
    symlinkSync(join(d, 'real', 'a.yaml'), join(d, 'top', 'c.yaml'));
    expect(expandInputPaths(['top'], yaml(d)).map((f) => f.slice(d.length + 1))).toEqual(['top/b.yaml']);
    expect(expandInputPaths(['top/link'], yaml(d)).map((f) => f.slice(d.length + 1))).toEqual(['top/link/a.yaml']);
    expect(expandInputPaths(['top/link'], yaml(d, { followGivenLinks: false }))).toEqual([join(d, 'top/link')]);
  });
  it('names the path that is missing, empty, too deep or too large', () => {
    const d = tree(['a/b/c/d.yaml', 'e/1.yaml', 'e/2.yaml', 'e/3.yaml', 'empty/notes.txt']);
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        return (e as Error).message;
      }
      throw new Error('no error');
    };
    expect(err(() => expandInputPaths(['nope'], yaml(d)))).toBe('nope: no such file or directory');
    expect(err(() => expandInputPaths(['nope'], yaml(d, { messages: { missing: 'not there' } })))).toBe('nope: not there');
    expect(expandInputPaths(['empty'], yaml(d))).toEqual([]);
    expect(err(() => expandInputPaths(['empty'], yaml(d, { messages: { emptyDir: 'no YAML' } })))).toBe('empty: no YAML');
    expect(err(() => expandInputPaths(['a'], yaml(d, { maxDepth: 1 })))).toBe(`${join(d, 'a/b/c')}: directories nested too deep`);
    expect(expandInputPaths(['a'], yaml(d, { maxDepth: 2 }))).toEqual([join(d, 'a/b/c/d.yaml')]);
    expect(err(() => expandInputPaths(['e'], yaml(d, { maxFiles: 2 })))).toBe(`${join(d, 'e')}: holds more than 2 files`);
    expect(err(() => expandInputPaths(['e'], yaml(d, { maxFiles: 2, messages: { tooMany: (n) => `more than ${n} YAML files` } })))).toBe(`${join(d, 'e')}: more than 2 YAML files`);
    expect(expandInputPaths(['e'], yaml(d, { maxFiles: 3 }))).toHaveLength(3);
  });
});
