import { describe, expect, it } from 'vitest';
import { fastDocuments } from './fast-yaml.js';
import { NestingError } from './errors.js';
import { MAX_NESTING } from './nesting.js';
import { yamlDocuments } from './yaml-documents.js';

/** The reference reading (the `yaml` path), or its error. */
function reference(src: string): { docs?: unknown[]; error?: string } {
  try {
    return { docs: [...yamlDocuments(src, 'f.yaml')] };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** Whenever the fast path answers, it must be the reference's answer (values, -0, NaN, key order, lines, names). */
function expectSame(src: string): boolean {
  const fast = fastDocuments(src, 'f.yaml', true);
  if (fast === undefined) return false;
  const ref = reference(src);
  expect(ref.error, `yaml rejects what the fast path read:\n${src}`).toBeUndefined();
  // the node records are the fast path's own (for the position index): the rest is the reference's
  expect(fast.every((d) => d.records !== undefined), src).toBe(true);
  expect(fast.map(({ records: _, ...d }) => d), src).toStrictEqual(ref.docs);
  for (const [i, d] of fast.entries()) expect(Object.keys(d.data as object), src).toEqual(Object.keys((ref.docs![i] as { data: object }).data));
  return true;
}

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web   # trailing comment
  namespace: "team-1"
  labels: {app: web, 'tier': "front", version: '1.0'}
  annotations:
    description: >
      folded text
      over lines

      with a blank line
    script: |
      #!/bin/sh
      echo "a: b" # not a comment

    kept: |+
      keep

    stripped: >-
      strip
    indented: |2
        two more
      base
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: "registry.example/web:1.2.3"
        args: ["--port", "8080", --verbose, 'it''s']
        env:
          - name: A
            value: "line\\nbreak \\t tab \\u00e9 \\x41 \\\\ \\" \\/"
          - {name: B, value: "flow"}
          - name: C
            value: plain multi
              line scalar
        resources:
          limits: {cpu: 500m, memory: 512Mi}
          requests:
            cpu: 0.25
            memory: 256Mi
`;

const SCALARS = [
  '~', 'null', 'Null', 'NULL', 'nULL', '', 'true', 'True', 'TRUE', 'tRUE', 'false', 'FALSE', 'yes', 'no', 'on', 'off', 'y', 'n',
  '0', '-0', '+0', '007', '08', '12', '-12', '+12', '1_000', '0b101', '0o17', '0o18', '0O17', '0x1F', '0X1f', '-0x1F', '+0o7',
  '12345678901234567890', '1.5', '-1.5', '.5', '5.', '+.5', '1e3', '1E3', '1e+3', '1.5e-3', '.5e3', '1.e3', 'e3', '1_0.5',
  '.inf', '.Inf', '.INF', '-.inf', '+.inf', '.nan', '.NaN', '.NAN', 'nan', 'inf', '-.nan', '1:20', '2001-12-14', '2001-12-14t21:59:43.10-05:00',
  '=', '<<', '0.', '-', '--', '-.', '+', '.', '1.2.3', '500m', '1Gi', '"1"', "'2'", '"true"', '"null"', '" spaced "', 'a b', 'a #b', 'a#b',
];

describe('fastDocuments', () => {
  it('reads realistic manifests exactly as the yaml path does', () => {
    const stream = `# leading comment\n\n${deployment}---\n# Source: chart/templates/svc.yaml\napiVersion: v1\nkind: Service\nmetadata: {name: s}\n---\n---\n# only a comment\n...\n\n# after the end marker\napiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: ConfigMap, metadata: {name: c}, data: {k: v}}\n--- # comment on the marker\n${deployment}...\n`;
    expect(expectSame(stream)).toBe(true);
    expect(fastDocuments(stream, 'f.yaml')!.map((d) => [d.name, d.line])).toEqual([['f.yaml', 3], ['chart/templates/svc.yaml', 1], ['f.yaml', 64], ['f.yaml', 69]]);
  });

  it('resolves every plain scalar as yaml core does, as values and as keys', () => {
    const notFast: string[] = [];
    for (const s of SCALARS) {
      if (!expectSame(`a: ${s}\nb: [${s}]\nc: {x: ${s}}\n`)) notFast.push(s);
      if (!expectSame(`${s}: v\n`)) notFast.push(`key ${s}`);
    }
    // null keys ("" in yaml, "null" in js-yaml), comments, and what is not valid in all three places
    expect(notFast).toEqual(['key ~', 'key null', 'key Null', 'key NULL', 'key ', '-', 'key "null"', 'a #b']);
  });

  it('matches on duplicate keys, __proto__, key order and empty documents', () => {
    for (const src of ['a: 1\nb: 2\na: 3\n', '__proto__: {x: 1}\nconstructor: 2\ntoString: 3\n', '{b: 1, a: 2, "1": 3, 0: 4}\n', '---\n---\n...\n', '', 'a:\n  -\n  - x\n  - # c\nb:\n- \n---\n- 1\n', '\n\n# c\n', 'a:\nb: ~\n', '- a\n- b: c\n  d: e\n']) {
      expect(expectSame(src), src).toBe(true);
    }
  });

  it('leaves to yaml what it cannot be sure of', () => {
    const unsure = [
      'a: &x 1\nb: *x\n', // anchors and aliases (yaml bounds them)
      'a: &x\n', 'a: !!str 1\n', 'a: !custom 1\n', 'a: ! 1\n', 'a: !<tag:x> 1\n', '%YAML 1.1\n---\na: yes\n', '%TAG !e! tag:e/\n---\na: !e!x 1\n',
      'a:\tb\n', 'a: b\r', '\uFEFFa: 1\n', 'a: b\u2028c\n', '[a, b]: c\n', '{a: 1}: c\n', '? a\n: b\n', '? [a]\n: b\n', ': v\n', 'null: v\n', '~: v\n',
      `${'k'.repeat(101)}: v\n`, `k${' '.repeat(70)}: v\n`, '--- a: 1\n', '--- |\n  text\n', '---x\n', '... x\n',
      'a: "x\n---\ny"\n', // a marker inside a quoted scalar
      'a: [1,\n 2]\n', "k:\n  a: {b: 1,\n   c: 2}\n", // flow and quoted over lines
      'a:\n  -\n- x\n', 'a:\n  - # c\n\n- x\n', '- -\n- x\n', 'a:\n  - b:\n    -\n  - c\n', // empty entries, then another column
      '{[a]}\n', '{b: 1, [a]}\n', '{b: 1, {c: 2}}\n', '[[a]: 1]\n', '{? [a]}\n', // collections as keys
    ];
    for (const src of unsure) expect(fastDocuments(src, 'f.yaml'), src).toBeUndefined();
  });

  it('reads invalid YAML as yaml does, or leaves it to yaml (for its message and line)', () => {
    const invalid = ['a: [1\n', 'a: "unterminated\n', 'a: b: c\n', 'a:\n  - b\n  c: d\n', 'a: @x\n', 'a: `x\n', 'a: 1\na:\n- 1\n - 2\n', 'a: "\\q"\n', 'a: 1\n b: 2\n', "a: 'x' y\n", 'a: [1] x\n', '"a\n b": 1\n', '- a\nb: 1\n'];
    for (const src of invalid) expectSame(src);
  });

  it('takes flow collections in value positions', () => {
    for (const src of ['a: [1, [2, 3], {b: [4]}]\n', '- [a]\n- {b: c}\n', 'a:\n  [1, 2]\n', '[[1], [2]]\n', '{a: {b: [c]}}\n']) expect(expectSame(src), src).toBe(true);
  });

  it('guards on structure: text in block scalars and indented quoted scalars over lines take the fast path', () => {
    const fast = [
      'data:\n  known_hosts: |\n    [git.example]:2222 ssh-ed25519 AAAA\n  s: |\n    echo "#x" \'#y\'\n    [ -x f ] && run ? || :\n  t: |\n    \tindented with a tab\nnext: 1\n',
      '- |\n  [a]: b\n- >-\n  {c}: d\n- k: |\n    [e]: f\n  l: 2\n',
      "a:\n  description: 'one\n    two\n\n    three'\n  b: \"x\n   y\"\n",
    ];
    for (const src of fast) expect(expectSame(src), src).toBe(true);
    // structure after the scalar still counts
    const slow = ['a: |\n  text\nb: {[x]: 1}\n', 'a: |\n  text\n[b]: 1\n', 'a: |\n  x\n\tb: 1\n', 'k:\n  a: "x\n  y"\n', '- a: "x\n  y"\n'];
    for (const src of slow) expect(fastDocuments(src, 'f.yaml'), src).toBeUndefined();
  });

  it('bounds nesting on both paths alike', () => {
    const at = (n: number) => `a: ${'['.repeat(n - 1)}${']'.repeat(n - 1)}\n`; // n levels with the root mapping
    expect(expectSame(at(MAX_NESTING))).toBe(true);
    expect(() => fastDocuments(at(MAX_NESTING + 1), 'f.yaml')).toThrow(NestingError);
    expect(() => [...yamlDocuments(at(MAX_NESTING + 1), 'f.yaml')]).toThrow(NestingError);
  });

  it('a marker line always ends the document, as in yaml', () => {
    for (const src of ['a: |\n  x\n---\nb: 1\n', 'a: >\n  x\n...\nb: 1\n', 'a: plain\n  more\n---\nb: 1\n', 'a:\n- 1\n...\n---\n- 2\n']) expect(expectSame(src), src).toBe(true);
  });

  it('stays linear on hostile input (long runs of blanks, one long line of nodes)', () => {
    const inputs = [
      `a:${' '.repeat(1 << 20)}{${Array(20000).fill('b: [1]').join(',')}}\n`,
      `a:${'\n'.repeat(1 << 20)} [${Array(20000).fill('[1]').join(',')}]\n`,
      `a: [${Array(200000).fill('"x"').join(', ')}]\n`,
    ];
    for (const src of inputs) {
      const t = performance.now();
      expect(fastDocuments(src, 'f.yaml')).toHaveLength(1);
      expect(performance.now() - t).toBeLessThan(5000); // quadratic would take minutes
    }
  });

  it('never disagrees with yaml on mutated documents (seeded fuzz)', () => {
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const tokens = ['\t', ']:', '"#', '? ', ': |\n  [x]:1\n', ' "a\n  b"', '-\n', '- -', '\n-', ' -\n', '"\\n', "''", '|-', '>+', '|2', ' - ', '\n- ', '\n  - ', ': |\n', '{}', '[]', '\\x', '\\u00', '0o', '1e', '.5', '+', '=', '<<: ', '\n...', '\n# c\n', "'a'", '"a": ', '\n   ', '\n ', ' ? ', '\\', '-', '- ', ':', ': ', ' ', '  ', '\n', '\n  ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '|', '>', '&a ', '*a', '!', '?', '%', '@', '\\', '---\n', '...\n', '0x', '.', 'e', '~', 'null', '\n---\n'];
    const bases = [deployment, 'a: 1\n---\n# Source: x/y.yaml\nb:\n  - c: |\n      text\n       more\n\n    d: >-\n      f\n...\n# c\ne: "q\\tq"\n--- # c\nf: [1, 2]\n', 'apiVersion: v1\nkind: Service\nmetadata: {name: s, labels: {a: "1"}}\nspec:\n  ports:\n  - port: 80\n    targetPort: http\n', 'a: [1, "two", {three: 3}]\nb: |\n  block\n  text\nc: >-\n  folded\n  text\n',
      // block scalars whose text trips the whole-file guards, and quoted scalars over lines (the structural guard)
      'data:\n  known_hosts: |\n    [h.example]:22 ssh-rsa AAAA\n    x "#y" ? z\n  run.sh: |-\n    for f in *; do\n    \techo "$f"\n    done\n  - k: >\n      [a]: b\nd: \'long text\n  goes on\'\ne:\n  - "q\n    r"\n'];
    let compared = 0;
    for (let i = 0; i < 3000; i++) {
      let src = bases[rnd(bases.length)]!;
      for (let k = 1 + rnd(6); k > 0; k--) {
        const at = rnd(src.length + 1);
        src = rnd(3) === 0 ? src.slice(0, at) + src.slice(at + 1 + rnd(3)) : src.slice(0, at) + tokens[rnd(tokens.length)] + src.slice(at);
      }
      if (expectSame(src)) compared++;
    }
    expect(compared).toBeGreaterThan(500); // the fuzz must exercise the fast path, not only the fallback
  }, 180_000);
});
