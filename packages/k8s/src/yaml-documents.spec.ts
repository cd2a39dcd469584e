import { describe, expect, it } from 'vitest';
import { ManifestError, NestingError } from './errors.js';
import { MAX_NESTING } from './nesting.js';
import { helmSource, yamlDocuments } from './yaml-documents.js';

const read = (src: string) => [...yamlDocuments(src, 'f.yaml')];

describe('yamlDocuments (the reference path)', () => {
  it('reads anchors, tags and lines, with the offset of each document', () => {
    const src = 'a: &x 1\nb: *x\n---\n# Source: c/t.yaml\nc: !!str 2\n';
    expect(read(src)).toEqual([
      { data: { a: 1, b: 1 }, name: 'f.yaml', line: 1, offset: 0 },
      { data: { c: '2' }, name: 'c/t.yaml', line: 1, offset: src.indexOf('# Source'), renamed: true },
    ]);
  });
  it('throws a ManifestError with the line of a syntax error', () => {
    expect(() => read('a: 1\nb: [1\n')).toThrow(ManifestError);
    try {
      read('a: 1\n---\nb: "x\n');
    } catch (e) {
      expect(e).toMatchObject({ file: 'f.yaml', reason: expect.stringMatching(/^invalid YAML/) });
    }
  });
  it('refuses collection keys (with their line) and nesting past the bound', () => {
    expect(() => read('a: 1\nb: {[x]: 1}\n')).toThrow(new ManifestError('f.yaml', 'a mapping key is a collection (a sequence or mapping), which a Kubernetes object cannot hold', 2));
    expect(() => read('? {a: 1}\n: v\n')).toThrow(/mapping key is a collection/);
    const ok = `${'['.repeat(MAX_NESTING - 1)}1${']'.repeat(MAX_NESTING - 1)}\n`;
    expect(read(ok)).toHaveLength(1);
    expect(() => read(`a:\n  b: ${'['.repeat(MAX_NESTING)}${']'.repeat(MAX_NESTING)}\n`)).toThrow(NestingError);
  });
  it('names Helm sources', () => {
    expect(helmSource('---\n# Source: x/y.yaml\na: 1')).toBe('x/y.yaml');
    expect(helmSource('a: 1\n# Source: x')).toBeUndefined();
  });
});
