import { describe, expect, it } from 'vitest';
import { parseManifestText, readStreamPart } from './parse.js';
import { splitStream } from './stream-parts.js';
import type { K8sObject } from './types.js';

const pod = (name: string, extra = '') => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - name: a\n    image: "a:1"${extra}\n`;

/** A stream of every kind of document start: explicit markers with comments, a Helm rendering, blanks, a List. */
function stream(n: number): string {
  const docs: string[] = [];
  for (let i = 0; i < n; i++) {
    // a Helm name that is the file's own: still line 1 (a renamed document), wherever its part starts
    if (i % 19 === 7) docs.push(`# Source: f.yaml\n${pod(`s${i}`)}`);
    else if (i % 7 === 3) docs.push(`# Source: chart/templates/p${i}.yaml\n${pod(`h${i}`)}`);
    else if (i % 11 === 5) docs.push(`apiVersion: v1\nkind: List\nitems:\n  - ${pod(`l${i}`).trimEnd().replace(/\n/g, '\n    ')}\n`);
    else if (i % 13 === 1) docs.push('# nothing but a comment\n');
    else if (i % 17 === 2) docs.push('foo: bar\n');
    else docs.push(`\n${pod(`p${i}`, i % 2 ? '\n    securityContext: {privileged: true}' : '')}`);
  }
  return `# head\n${docs.join(`--- # part ${n}\n`)}`;
}

const view = (o: K8sObject) => [o.kind, o.metadata.name, o.file, o.line, o.source, o.lineOf(['spec', 'containers', 0, 'securityContext', 'privileged']), o.lineOf(['metadata', 'name'])];

describe('splitStream', () => {
  it('cuts at document starts only, in order, covering the stream, with each part\'s first line', () => {
    const src = stream(60);
    const parts = splitStream(src, 5);
    expect(parts).toHaveLength(5);
    expect(parts[0]!.start).toBe(0);
    expect(parts[parts.length - 1]!.end).toBe(src.length);
    for (const [i, p] of parts.entries()) {
      if (i) expect(src.slice(p.start, p.start + 4)).toBe('--- ');
      if (i) expect(p.start).toBe(parts[i - 1]!.end);
      expect(p.line).toBe(src.slice(0, p.start).split('\n').length);
    }
  });
  it('gives fewer parts when there are fewer document starts, one when there is none', () => {
    expect(splitStream(pod('a'), 4)).toEqual([{ start: 0, end: pod('a').length, line: 1 }]);
    expect(splitStream(`${pod('a')}---\n${pod('b')}`, 8)).toHaveLength(2);
    // a `---` that is not a marker (text after it) is no place to cut
    expect(splitStream(`${pod('a')}--- x\n${pod('b')}`, 8)).toHaveLength(1);
  });
});

describe('readStreamPart', () => {
  it('reads the parts of a stream to the objects, lines, names and passed-over documents of reading it whole', () => {
    const src = stream(80);
    const whole = parseManifestText(src, 'f.yaml', undefined, undefined, { recordPositions: true });
    for (const count of [2, 3, 7]) {
      const objects: K8sObject[] = [];
      const passedOver = [];
      let documents = 0;
      for (const p of splitStream(src, count)) {
        const r = readStreamPart(src.slice(p.start, p.end), 'f.yaml', p.line, { object: (o) => objects.push(o) })!;
        documents += r.documents;
        passedOver.push(...r.passedOver);
      }
      expect(objects.map(view)).toEqual(whole.objects.map(view));
      expect(passedOver).toEqual(whole.passedOver);
      expect(documents).toBeGreaterThan(60);
    }
  });
  it('gives up (undefined) on a part the fast path cannot read or that is not all objects: the caller reads the whole file', () => {
    const src = `${pod('a')}---\n${pod('b')}`;
    expect(readStreamPart(src.replace('name: b', 'name: &x b'), 'f.yaml', 1, { object: () => {} })).toBeUndefined();
    expect(readStreamPart(`${pod('a')}---\n- a list\n`, 'f.yaml', 1, { object: () => {} })).toBeUndefined();
    expect(readStreamPart(src.replace(/\n/g, '\r\n'), 'f.yaml', 1, { object: () => {} })).toBeUndefined();
    expect(readStreamPart(`${'['.repeat(300)}${']'.repeat(300)}\n`, 'f.yaml', 1, { object: () => {} })).toBeUndefined();
  });
});
