import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileIdentity, noteRead, readText, recordReads } from './reads.js';

describe('recordReads', () => {
  it('returns what the work returned and every path it read or noted with its identity, nested recordings included in the outer one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-reads-'));
    writeFileSync(join(dir, 'a.json'), '{"a":1}');
    const outer = recordReads(() => {
      const inner = recordReads(() => {
        noteRead(join(dir, 'b/package.json'));
        return 2;
      });
      expect(inner).toEqual({ result: 2, reads: [[join(dir, 'b/package.json'), '-']] });
      return JSON.parse(readText(join(dir, 'a.json'))) as unknown;
    });
    expect(outer.result).toEqual({ a: 1 });
    expect(outer.reads.sort()).toEqual([
      [join(dir, 'a.json'), fileIdentity(join(dir, 'a.json'))],
      [join(dir, 'b/package.json'), '-'],
    ]);
  });
  it('notes a file that cannot be read too (it may appear later), and records nothing outside a recording', () => {
    const r = recordReads(() => {
      try {
        readText('/nonexistent/flightcheck.yaml');
      } catch {
        // missing
      }
    });
    expect(r.reads).toEqual([['/nonexistent/flightcheck.yaml', '-']]);
    noteRead('/x');
    expect(recordReads(() => 0).reads).toEqual([]);
  });
});

describe('fileIdentity', () => {
  it('changes with every write, even one that keeps the size and sets the modification time back', async () => {
    const f = join(mkdtempSync(join(tmpdir(), 'fc-id-')), 'x');
    writeFileSync(f, 'aaaa');
    const before = fileIdentity(f);
    const { utimesSync, statSync } = await import('node:fs');
    const { mtime, atime } = statSync(f);
    await new Promise((r) => setTimeout(r, 5));
    writeFileSync(f, 'bbbb');
    utimesSync(f, atime, mtime);
    expect(fileIdentity(f)).not.toBe(before);
    expect(fileIdentity(f)).toBe(fileIdentity(f));
  });
});
