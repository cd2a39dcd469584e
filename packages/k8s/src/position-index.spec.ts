import { describe, expect, it } from 'vitest';
import { compareLines } from '../test/lines.js';
import { fastDocuments } from './fast-yaml.js';
import { DocumentPositions, LineIndex } from './line-of.js';
import { indexDocument, MAX_INDEXED_NODES } from './position-index.js';

/** Asserts the index agrees with the re-read everywhere, and answers at least `share` of the lookups itself. */
function expectAgrees(src: string, share = 1): void {
  const r = compareLines(src);
  expect(r.fast, `not on the fast path:\n${src}`).toBe(true);
  expect(r.mismatches, src).toEqual([]);
  expect(r.answered / r.asked, src).toBeGreaterThanOrEqual(share);
}

const CORPUS = [
  // comments: after keys and values, on lines of their own, between `-` and the entry, before the root
  '# head\n\n# more\napiVersion: v1 # c\nkind: Pod\nmetadata: # c\n  # c\n  name: p\nspec:\n  containers:\n  # c\n  - # c\n    name: a\n    image: x\n  -\n    # c\n    name: b\n',
  // block scalars of every header, as values and as sequence entries
  'a: |\n  one\n  two\nb: >-\n  folded\n\n  text\nc: |+\n  keep\n\nd: |2\n    two\n  base\ne:\n- |\n  in a list\n- >\n  folded\n- k: |\n    nested\n  l: 2\nf: last\n',
  // flow collections: nested, empty, as values on the next line, in sequences, pairs in sequences, implicit nulls
  'a: [1, [2, 3], {b: [4]}]\nb: {}\nc: []\nd:\n  [1, 2]\ne:\n- [x, y]\n- {k: v, n: [1]}\nf: {a, b: 1, "c": [d]}\ng: [a: 1, b]\nh: {1: one, 2: [two]}\n',
  // multi-line plain and quoted scalars, and entries after them
  'a: plain\n  continued\n  more\nb: "quoted\n  over lines"\nc:\n- plain\n  entry\n- next\nd: \'single\n  quoted\'\n',
  // nested sequences, sequences at the key's column, empty values
  'a:\n- - x\n  - - y\n- z\nb:\n  - 1\n  -   2\nc:\nd: ~\ne:\n  f:\n  g: null\n',
  // duplicate keys (the last wins), keys that read as numbers and booleans, __proto__
  'a: 1\nb:\n  x: 1\na:\n  deep: 2\n1: one\n0x10: sixteen\ntrue: yes\n__proto__: {p: 1}\n1.50: f\n',
  // several documents: markers with comments, `...`, a Helm source, a document of comments only
  'a: 1\n--- # c\nb:\n  c: 2\n...\n# between\nd: [3]\n---\n# only a comment\n---\n# Source: chart/templates/x.yaml\ne:\n  f: 4\n',
  // a v1 List
  'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: a}\n  data:\n    k: v\n- apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n    name: d\n  spec:\n    template:\n      spec:\n        containers:\n        - name: c\n          securityContext: {privileged: true}\n',
  // a sequence as the root, scalars as entries of every quoting
  '- a\n- "b"\n- \'c\'\n- {d: 1}\n- [e]\n- f: 1\n  g: 2\n',
];

describe('the position index', () => {
  it('gives the lines the yaml re-read gives, for every path and beside every path', () => {
    for (const src of CORPUS) expectAgrees(src);
  });

  it('leaves to the re-read what js-yaml keeps without a node (an empty sequence entry), and only that', () => {
    const src = 'a:\n  -\n  - x\nb: 1\n';
    const r = compareLines(src);
    expect(r.mismatches).toEqual([]);
    expect(r.answered).toBeLessThan(r.asked);
    const index = indexDocument(src, 1)!;
    expect(index.lineOf(['b'])).toBe(4);
    expect(index.lineOf(['a', 1])).toBeUndefined();
    const [doc] = fastDocuments(src, 'f.yaml')!;
    expect(new DocumentPositions(new LineIndex(src), doc!.offset, 0, true).lineOf(['a', 1])).toBe(3);
  });

  it('leaves to the re-read the paths the reference walks in its own way (fractional or negative indexes)', () => {
    const index = indexDocument('a:\n- 1\n', 1)!;
    expect(index.lineOf(['a', 0.5])).toBeUndefined();
    expect(index.lineOf(['a', -1])).toBeUndefined();
    expect(index.lineOf(['a', 0])).toBe(2);
  });

  it('counts lines in the whole stream, and a shift for an embedded text', () => {
    const src = 'x: 1\n---\n\n# c\nkind: K\nspec:\n  a: [1]\n';
    const docs = fastDocuments(src, 'f.yaml')!;
    const lines = new LineIndex(src);
    expect(new DocumentPositions(lines, docs[1]!.offset, 0, true).indexedLineOf(['spec', 'a', 0])).toBe(7);
    expect(new DocumentPositions(lines, docs[1]!.offset, 10, true).indexedLineOf(['kind'])).toBe(15);
    expect(new DocumentPositions(lines, docs[1]!.offset, 10, false).indexedLineOf(['kind'])).toBeUndefined();
  });

  it('is bounded: a document of more nodes than the limit has no index', () => {
    const src = Array.from({ length: 6 }, (_, i) => `a${i}:\n  b: [${i}]\n`).join('');
    expect(indexDocument(src, 1, 100)!.lineOf(['a5', 'b', 0])).toBe(12);
    expect(indexDocument(src, 1, 10)).toBeUndefined();
    expect(MAX_INDEXED_NODES).toBeGreaterThan(100_000);
  });

  it('never disagrees with the re-read on mutated documents (seeded fuzz)', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const tokens = ['\n# c\n', ' # c', '\n- ', '\n  - ', '- ', '-\n', ': ', ':\n  ', '[', ']', '{', '}', ', ', '[1, 2]', '{a: 1}', ': |\n  text\n', ': >-\n  t\n', '"q"', "'q'", '"a\n  b"', '\n', '\n  ', '  ', 'k: v\n', '\n---\n', '\n...\n', '1', 'x', '~', '\n  a:\n    b: 1\n'];
    let compared = 0;
    let answered = 0;
    for (let i = 0; i < 1500; i++) {
      let src = CORPUS[rnd(CORPUS.length)]!;
      for (let k = 1 + rnd(5); k > 0; k--) {
        const at = rnd(src.length + 1);
        src = rnd(3) === 0 ? src.slice(0, at) + src.slice(at + 1 + rnd(3)) : src.slice(0, at) + tokens[rnd(tokens.length)] + src.slice(at);
      }
      const r = compareLines(src);
      expect(r.mismatches, src).toEqual([]);
      if (r.fast) compared++;
      answered += r.answered;
    }
    expect(compared).toBeGreaterThan(300); // the fuzz must reach the fast path
    expect(answered).toBeGreaterThan(10_000);
  }, 180_000);
});
