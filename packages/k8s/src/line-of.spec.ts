import { describe, expect, it } from 'vitest';
import { DocumentPositions, LineIndex } from './line-of.js';

const src = `a: 1
---
# comment
kind: Deployment
spec:
  template:
    spec:
      containers:
      - name: a
        securityContext:
          privileged: true
      - {name: b, image: x}
---
b: 2
`;

describe('DocumentPositions', () => {
  const offset = src.indexOf('# comment');
  const pos = new DocumentPositions(new LineIndex(src), offset);
  it('gives the key line of a mapping entry and the line of a sequence item', () => {
    expect(pos.lineOf(['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'])).toBe(11);
    expect(pos.lineOf(['spec', 'template', 'spec', 'containers', 0, 'securityContext'])).toBe(10);
    expect(pos.lineOf(['spec', 'template', 'spec', 'containers', 1, 'image'])).toBe(12);
    expect(pos.lineOf(['kind'])).toBe(4);
  });
  it('falls back to the nearest existing ancestor', () => {
    expect(pos.lineOf(['spec', 'template', 'spec', 'containers', 0, 'resources', 'limits'])).toBe(9);
    expect(pos.lineOf(['spec', 'template', 'spec', 'containers', 5])).toBe(8);
    expect(pos.lineOf(['nothing'])).toBe(4);
    expect(pos.lineOf([])).toBe(4);
  });
  it('reads only its own document (stops at the next marker) and adds the shift', () => {
    expect(pos.lineOf(['b'])).toBe(4);
    expect(new DocumentPositions(new LineIndex(src), offset, 10).lineOf(['kind'])).toBe(14);
    expect(new LineIndex(src).lineAt(0)).toBe(1);
    expect(new LineIndex(src).lineAt(src.indexOf('b: 2'))).toBe(14);
  });
  it('follows aliases and takes the last of duplicate keys', () => {
    const s = 'x: &t\n  y: 1\nz: *t\nk: 1\nk:\n  deep: 2\n';
    const p = new DocumentPositions(new LineIndex(s), 0);
    expect(p.lineOf(['z', 'y'])).toBe(2);
    expect(p.lineOf(['k', 'deep'])).toBe(6);
  });
});

describe('DocumentPositions.positionOf', () => {
  it('gives the value position, and where a block scalar content starts', () => {
    const s = 'a:\n  image: busybox:1\nb: |\n    inner: text\n';
    const p = new DocumentPositions(new LineIndex(s), 0, 9);
    expect(p.positionOf(['a', 'image'])).toEqual({ line: 11, column: 10 });
    expect(p.positionOf(['b'])).toEqual({ line: 12, column: 4, content: { line: 13, column: 5 } });
    expect(p.positionOf(['a', 'missing'])).toEqual({ line: 11, column: 3 });
  });
});
