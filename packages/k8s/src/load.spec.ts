import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { loadManifests, MAX_FILE_BYTES } from './load.js';

const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\n`;

describe('loadManifests', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fc-k8s-load-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.yaml'), pod('a'));
  writeFileSync(join(dir, 'sub', 'b.yml'), pod('b'));
  writeFileSync(join(dir, 'sub', 'bad.yaml'), 'a: [1\n');
  writeFileSync(join(dir, 'notes.txt'), pod('n'));
  writeFileSync(join(dir, 'bin.yaml'), Buffer.from([0x61, 0, 0x62]));
  writeFileSync(join(dir, 'empty.yaml'), '');

  it('reads files and directories (sorted) and stdin; a bad file is one problem and the others are read', async () => {
    const r = await loadManifests([dir, '-', 'missing.yaml'], { cwd: dir, readStdin: async () => pod('s') });
    expect(r.objects.map((o) => [o.metadata.name, o.file])).toEqual([['a', join(dir, 'a.yaml')], ['b', join(dir, 'sub', 'b.yml')], ['s', 'STDIN']]);
    expect(r.problems.map((p) => [p.file, p.reason.split(':')[0]])).toEqual([
      [join(dir, 'bin.yaml'), 'is a binary file (contains NUL bytes)'],
      [join(dir, 'sub', 'bad.yaml'), 'invalid YAML'],
      ['missing.yaml', 'no such file or directory'],
    ]);
    expect(r.empty).toEqual([join(dir, 'empty.yaml')]);
    expect(r.files).toHaveLength(6);
  });
  it('bounds standard input and file size; no path at all is a usage error', async () => {
    const r = await loadManifests(['-'], { readStdin: async (max) => { expect(max).toBe(MAX_FILE_BYTES); throw new Error('too big'); } });
    expect(r.problems).toEqual([{ file: 'STDIN', reason: 'too big' }]);
    await expect(loadManifests([])).rejects.toThrow(UsageError);
  });
  it('an unreadable file is a problem, not a crash', async () => {
    const f = join(dir, 'locked.yaml');
    writeFileSync(f, pod('x'));
    chmodSync(f, 0);
    const r = await loadManifests([f]);
    if (process.getuid?.() === 0) expect(r.objects).toHaveLength(1); // root reads it anyway
    else expect(r.problems[0]).toMatchObject({ file: f, reason: 'permission denied' });
  });
  it('a file that is not UTF-8 is a problem naming its line (the API server refuses it too); the others are read', async () => {
    const d = mkdtempSync(join(tmpdir(), 'fc-k8s-utf8-'));
    writeFileSync(join(d, 'a.yaml'), pod('a'));
    writeFileSync(join(d, 'latin1.yaml'), Buffer.concat([Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: '), Buffer.from([0xe9, 0x74, 0xe9]), Buffer.from('\n')]));
    const r = await loadManifests([d]);
    expect(r.objects.map((o) => o.metadata.name)).toEqual(['a']);
    expect(r.problems).toEqual([{ file: join(d, 'latin1.yaml'), line: 4, reason: 'is not valid UTF-8' }]);
  });
});
