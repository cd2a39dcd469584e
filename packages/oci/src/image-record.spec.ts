import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { imageRecordPath, readImageRecord } from './image-record.js';

const dir = mkdtempSync(join(tmpdir(), 'fc-rec-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('image record', () => {
  it('reads a valid record and refuses the rest with the file named', () => {
    const f = join(dir, 'image.json');
    writeFileSync(f, JSON.stringify({ schemaVersion: 1, reference: 'a:b', imageId: `sha256:${'a'.repeat(64)}` }));
    expect(readImageRecord(f).reference).toBe('a:b');
    writeFileSync(f, '{"reference": 1}');
    expect(() => readImageRecord(f)).toThrow(/image.json: not an image record/);
    expect(() => readImageRecord(join(dir, 'none.json'))).toThrow(/run the image-build target first/);
    expect(imageRecordPath('/r', 'p')).toBe('/r/dist/flightcheck/p/image.json');
  });
});

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
describe('readImageRecord nesting bound', () => {
  it('a record nested deeper than 200 is an InputError naming the file and line', () => {
    const d = mkdtempSync(join(tmpdir(), 'fc-rec-deep-'));
    try {
      const f = join(d, 'image.json');
      writeFileSync(f, `{"reference":"x",\n"labels":${deep(100_000)}}`);
      expect(() => readImageRecord(f)).toThrow(`${f}:2: JSON nesting deeper than 200`);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
