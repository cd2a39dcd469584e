import { describe, expect, it } from 'vitest';
import { kindOf, parseSubject } from './subject.js';

describe('parseSubject', () => {
  it('knows the kind of a file by its name', () => {
    expect(['images/a/Dockerfile', 'x/app.dockerfile', 'a/b.yaml', 'c.yml', 'sa.json', '.env', 'prod.env', '.env.local', 'README.md', 'src/a.ts', 'b.mjs', 'dag.py', 'main.go', 'run.sh'].map(kindOf)).toEqual(['dockerfile', 'dockerfile', 'yaml', 'yaml', 'json', 'env', 'env', 'env', 'text', 'code', 'code', 'code', 'code', 'text']);
  });

  it('maps offsets to 1-based lines and columns', () => {
    const s = parseSubject('ab\ncd\n\nef', 'f.txt');
    expect(s.position(0)).toEqual({ line: 1, column: 1 });
    expect(s.position(4)).toEqual({ line: 2, column: 2 });
    expect(s.position(7)).toEqual({ line: 4, column: 1 });
    expect(s.lines()).toEqual(['ab', 'cd', '', 'ef']);
  });

  it('parses YAML documents with positions through the manifest model; a file that does not parse is a problem', () => {
    const s = parseSubject('a: 1\n---\nkind: Secret\nb: x\n', 'k.yaml');
    const docs = s.yaml();
    expect(docs.map((d) => d.data)).toEqual([{ a: 1 }, { kind: 'Secret', b: 'x' }]);
    expect(docs[1]!.line).toBe(3);
    expect(docs[1]!.lineOf(['b'])).toBe(4);
    expect(s.yamlProblem()).toBeUndefined();
    const bad = parseSubject('a: 1\n---\n: : [\n', 'bad.yaml');
    expect(bad.yaml()).toEqual([]);
    expect(bad.yamlProblem()).toMatchObject({ file: 'bad.yaml', reason: expect.stringMatching(/invalid YAML/) });
    expect(parseSubject('a: 1', 'x.txt').yaml()).toEqual([]);
  });

  it('bounds YAML aliases', () => {
    const bomb = 'a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
    expect(() => parseSubject(bomb, 'b.yaml').yaml()).not.toThrow();
    expect(parseSubject(bomb, 'b.yaml').yamlProblem()?.reason).toMatch(/alias/i);
  });
});
