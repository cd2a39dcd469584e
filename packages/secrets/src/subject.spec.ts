import { describe, expect, it } from 'vitest';
import { kindOf, lineOf, parseSubject, scalarAt } from './subject.js';

describe('parseSubject', () => {
  it('knows the kind of a file by its name', () => {
    expect(['images/a/Dockerfile', 'x/app.dockerfile', 'a/b.yaml', 'c.yml', 'sa.json', '.env', 'prod.env', '.env.local', 'README.md'].map(kindOf)).toEqual(['dockerfile', 'dockerfile', 'yaml', 'yaml', 'json', 'env', 'env', 'env', 'text']);
  });

  it('maps offsets to 1-based lines and columns', () => {
    const s = parseSubject('ab\ncd\n\nef', 'f.txt');
    expect(s.position(0)).toEqual({ line: 1, column: 1 });
    expect(s.position(4)).toEqual({ line: 2, column: 2 });
    expect(s.position(7)).toEqual({ line: 4, column: 1 });
    expect(s.lines()).toEqual(['ab', 'cd', '', 'ef']);
  });

  it('parses YAML documents with positions, skipping documents that do not parse', () => {
    const s = parseSubject('a: 1\n---\nkind: Secret\nb: x\n---\n: : [\n', 'k.yaml');
    const docs = s.yaml();
    expect(docs).toHaveLength(2);
    expect(scalarAt(docs[1]!.doc.contents, 'kind')).toBe('Secret');
    expect(lineOf(docs[1]!, docs[1]!.doc.contents as never)).toBe(3);
    expect(parseSubject('a: 1', 'x.txt').yaml()).toEqual([]);
  });

  it('bounds YAML aliases', () => {
    const bomb = 'a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
    expect(() => parseSubject(bomb, 'b.yaml').yaml()).not.toThrow();
  });
});
