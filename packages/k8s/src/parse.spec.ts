import { describe, expect, it } from 'vitest';
import { MAX_NESTING } from './nesting.js';
import { parseManifestText } from './parse.js';

const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers: [{name: a, image: "a:1"}]\n`;

describe('parseManifestText', () => {
  it('gives each document the line after its --- marker, and keeps every kind', () => {
    const r = parseManifestText(`---\n${pod('a')}---\n${pod('b')}---\napiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n`, 'f.yaml');
    expect(r.objects.map((o) => [o.kind, o.metadata.name, o.line])).toEqual([['Pod', 'a', 2], ['Pod', 'b', 9], ['Widget', 'w', 16]]);
    expect(r).toMatchObject({ problems: [], passedOver: [], files: ['f.yaml'], empty: [] });
  });
  it('expands v1 List items with the line of the List; lineOf reaches into the item', () => {
    const r = parseManifestText('apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Service\n    metadata: {name: s}\n  - {apiVersion: example.com/v1, kind: Widget, metadata: {name: w}}\n', 'l.yaml');
    expect(r.objects.map((o) => [o.kind, o.line])).toEqual([['Service', 1], ['Widget', 1]]);
    expect(r.objects[0]!.lineOf(['metadata', 'name'])).toBe(6);
    expect(r.objects[1]!.lineOf(['kind'])).toBe(7);
  });
  it('a List with null items holds nothing, and the other documents are read', () => {
    const r = parseManifestText(`apiVersion: v1\nkind: List\nitems:\n---\n${pod('a')}`, 'l.yaml');
    expect(r.objects.map((o) => o.metadata.name)).toEqual(['a']);
    expect(r.problems).toEqual([]);
  });
  it('passes over documents without apiVersion or kind, and counts them', () => {
    const r = parseManifestText(`kind: Pod\nmetadata: {name: p}\n---\nfoo: bar\n---\n${pod('a')}`, 'x.yaml');
    expect(r.objects.map((o) => o.metadata.name)).toEqual(['a']);
    expect(r.passedOver).toEqual([
      { file: 'x.yaml', line: 1, reason: 'the document has no apiVersion' },
      { file: 'x.yaml', line: 4, reason: 'the document has no apiVersion and kind' },
    ]);
  });
  it('pod templates: CronJob inherits the namespace; metadata maps are strings', () => {
    const r = parseManifestText('apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c, namespace: n, labels: {v: 1, e: null}}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        metadata: {labels: {a: b}}\n        spec: {containers: []}\n', 'c.yaml');
    expect(r.objects[0]!.pod).toMatchObject({ namespace: 'n', labels: { a: 'b' }, specPath: ['spec', 'jobTemplate', 'spec', 'template', 'spec'] });
    expect(r.objects[0]!.metadata).toMatchObject({ name: 'c', namespace: 'n', labels: { v: '1', e: '' }, annotations: {} });
  });
  it('takes a Helm # Source: name, skips blank documents, keeps CRLF files working; lineOf counts the lines of the rendered file (source)', () => {
    const r = parseManifestText(`---\n# Source: chart/templates/pod.yaml\n${pod('h')}---\n# only a comment\n`.replace(/\n/g, '\r\n'), 'rendered.yaml');
    expect(r.objects).toHaveLength(1);
    expect(r.objects[0]).toMatchObject({ file: 'chart/templates/pod.yaml', line: 1, source: 'rendered.yaml' });
    expect(r.objects[0]!.lineOf(['spec', 'containers', 0])).toBe(8);
  });
  it('lineOf gives the offending field line on both parse paths', () => {
    const text = `# c\n${pod('a')}---\napiVersion: v1\nkind: Pod\nmetadata: {name: b}\nspec:\n  containers:\n  - name: a\n    securityContext:\n      privileged: true\n`;
    const path = ['spec', 'containers', 0, 'securityContext', 'privileged'];
    const fast = parseManifestText(text, 'f.yaml');
    const slow = parseManifestText(text.replace('name: b}', 'name: &x b}'), 'f.yaml'); // an anchor sends the file to yaml
    for (const r of [fast, slow]) expect(r.objects.map((o) => [o.line, o.lineOf(path)])).toEqual([[2, 7], [9, 16]]);
  });
  it('recordPositions keeps the lines as the fast path reads (a Helm name, an embedded origin): the same lines, no second read', () => {
    const text = `# c\n${pod('a')}---\n# Source: chart/templates/p.yaml\napiVersion: v1\nkind: Pod\nmetadata: {name: b}\nspec:\n  containers:\n  - name: a\n    securityContext:\n      privileged: true\n`;
    const paths = [[], ['spec'], ['spec', 'containers', 0, 'securityContext', 'privileged'], ['metadata', 'name'], ['spec', 'no-such'], ['spec', 'containers', 3]];
    for (const origin of [undefined, { line: 40, column: 7 }]) {
      const plain = parseManifestText(text, 'f.yaml', undefined, origin);
      const recorded = parseManifestText(text, 'f.yaml', undefined, origin, { recordPositions: true });
      expect(recorded.objects.map((o) => paths.map((p) => o.lineOf(p)))).toEqual(plain.objects.map((o) => paths.map((p) => o.lineOf(p))));
      expect(recorded.objects.map((o) => o.lineOf(paths[2]!))).toEqual(origin ? [46, 56] : [7, 17]);
    }
  });
  it('a file that cannot be read is one problem with the line, and none of its objects is kept', () => {
    const cases: [string, RegExp, number | undefined][] = [
      [`${pod('a')}---\n- a\n`, /is a YAML sequence/, 8],
      [`${pod('a')}---\nplain\n`, /is a scalar/, 8],
      [`${pod('a')}---\na: [1\n`, /invalid YAML/, undefined],
      ['apiVersion: v1\nkind: Pod\nmetadata: [x]\n', /metadata must be a mapping/, 1],
      ['apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, labels: [a]}\n', /metadata.labels must be a mapping/, 1],
      ['apiVersion: v1\nkind: List\nitems: {a: 1}\n', /List.items must be a sequence/, 1],
    ];
    for (const [text, reason, line] of cases) {
      const r = parseManifestText(text, 'x.yaml');
      expect(r.objects, text).toEqual([]);
      expect(r.problems, text).toHaveLength(1);
      expect(r.problems[0]!.file).toBe('x.yaml');
      expect(r.problems[0]!.reason, text).toMatch(reason);
      if (line) expect(r.problems[0]!.line, text).toBe(line);
      else expect(r.problems[0]!.line, text).toBeGreaterThan(0);
    }
  });
  it('a flow mapping key that is a collection is an input error with the line, not a warning', () => {
    const r = parseManifestText(`${pod('a')}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {[a, b]: c}\n`, 'k.yaml');
    expect(r.objects).toEqual([]);
    expect(r.problems).toEqual([{ file: 'k.yaml', line: 11, reason: expect.stringMatching(/key/i) }]);
  });
  it('bounds aliases and nesting', () => {
    let text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\ndata:\n  a0: &a0 [x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++) text += `  a${i}: &a${i} [${Array(8).fill(`*a${i - 1}`).join(', ')}]\n`;
    expect(parseManifestText(text, 'bomb.yaml').problems[0]!.reason).toMatch(/alias/i);
    const deep = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: d}\ndata:\n  x: ${'['.repeat(MAX_NESTING)}${']'.repeat(MAX_NESTING)}\n`;
    expect(parseManifestText(deep, 'deep.yaml').problems).toEqual([{ file: 'deep.yaml', line: 5, reason: `nested deeper than ${MAX_NESTING} levels` }]);
    let list = '{apiVersion: v1, kind: ConfigMap, metadata: {name: c}}';
    for (let i = 0; i < 9; i++) list = `{apiVersion: v1, kind: List, items: [${list}]}`;
    expect(parseManifestText(`${list}\n`, 'l.yaml').problems).toEqual([{ file: 'l.yaml', line: 1, reason: 'List nested deeper than 8' }]);
  });
  it('counts an empty file or one of comments only as empty', () => {
    for (const text of ['', '\n\n', '# nothing\n', '---\n...\n']) expect(parseManifestText(text, 'e.yaml')).toMatchObject({ objects: [], problems: [], empty: ['e.yaml'] });
  });
});

describe('parseManifestText with an origin (a manifest embedded in a block scalar)', () => {
  it('shifts lines and columns', () => {
    const r = parseManifestText('apiVersion: v1\nkind: Pod\nmetadata: {name: w}\nspec:\n  containers:\n    - name: base\n      image: a:1\n', 'cm.yaml', undefined, { line: 6, column: 5 });
    const o = r.objects[0]!;
    expect(o.line).toBe(6);
    expect(o.lineOf(['spec', 'containers', 0, 'image'])).toBe(12);
    expect(o.positionOf(['spec', 'containers', 0, 'image'])).toEqual({ line: 12, column: 18 });
    expect(parseManifestText('a: [1\n', 'cm.yaml', undefined, { line: 6, column: 5 }).problems[0]!.line).toBeGreaterThanOrEqual(6);
  });
});

describe('readYamlDocuments', () => {
  it('reads documents of any shape with positions, and a bad file as one problem', async () => {
    const { readYamlDocuments } = await import('./parse.js');
    const r = readYamlDocuments('services:\n  web:\n    environment:\n      A: b\n---\n- x\n', 'compose.yaml');
    expect(r.problem).toBeUndefined();
    expect(r.documents.map((d) => [d.data, d.line])).toEqual([[{ services: { web: { environment: { A: 'b' } } } }, 1], [['x'], 6]]);
    expect(r.documents[0]!.positionOf(['services', 'web', 'environment', 'A'])).toEqual({ line: 4, column: 10 });
    expect(readYamlDocuments('a: [1\n', 'x.yaml')).toMatchObject({ documents: [], problem: { file: 'x.yaml', reason: expect.stringMatching(/invalid YAML/) } });
  });
});

describe('parseManifestText with a sink', () => {
  /** A sink that logs what it is told, as parseManifestText tells it. */
  function logSink() {
    const log: string[] = [];
    return { log, sink: { begin: () => log.push('begin'), object: (o: { kind: string; metadata: { name?: string }; line: number }) => log.push(`${o.kind}/${o.metadata.name}@${o.line}`), discard: () => log.push('discard') } };
  }
  const stream = (...docs: string[]) => docs.join('---\n');
  it('hands each object over as its document is read, the same objects and lines as collecting, and keeps none', () => {
    const text = stream(pod('a'), 'foo: bar\n', pod('b'), 'apiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: Pod, metadata: {name: c}}\n');
    const { log, sink } = logSink();
    const r = parseManifestText(text, 'f.yaml', undefined, undefined, { recordPositions: true, sink });
    const collected = parseManifestText(text, 'f.yaml');
    expect(log).toEqual(['begin', ...collected.objects.map((o) => `${o.kind}/${o.metadata.name}@${o.line}`)]);
    expect(r.objects).toEqual([]);
    expect(r.passedOver).toEqual(collected.passedOver);
  });
  it('a document that is not an object: what was handed over is discarded and the file is one problem, as when collecting', () => {
    const text = stream(pod('a'), '- a list\n', pod('b'));
    const { log, sink } = logSink();
    const r = parseManifestText(text, 'f.yaml', undefined, undefined, { sink });
    expect(log).toEqual(['begin', 'Pod/a@1', 'discard', 'discard']);
    expect(r.problems).toEqual(parseManifestText(text, 'f.yaml').problems);
    expect(r.problems).toHaveLength(1);
  });
  it('a file the fast path gives up on half-way is handed over again from the yaml path (after a discard)', () => {
    const text = stream(pod('a'), pod('b').replace('name: b', 'name: &x b'));
    const { log, sink } = logSink();
    parseManifestText(text, 'f.yaml', undefined, undefined, { sink });
    expect(log).toEqual(['begin', 'Pod/a@1', 'discard', 'Pod/a@1', 'Pod/b@8']);
  });
  it('when the yaml path reads the file, its problem is the one reported, not a document the fast path had refused', () => {
    const text = stream(pod('a'), '- a list\n', 'a: &x [1,\n2]\n', pod('b'));
    const { log, sink } = logSink();
    const r = parseManifestText(text, 'f.yaml', undefined, undefined, { sink });
    expect(r.problems).toEqual(parseManifestText(text, 'f.yaml').problems);
    expect(log[log.length - 1]).toBe('discard');
  });
});
