import { describe, expect, it } from 'vitest';
import { DocumentPositions } from './line-of.js';

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
  const pos = new DocumentPositions(src, offset, 3);
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
  it('reads only its own document (stops at the next marker) and counts from baseLine', () => {
    expect(pos.lineOf(['b'])).toBe(4);
    expect(new DocumentPositions(src, offset, 1).lineOf(['kind'])).toBe(2);
  });
  it('follows aliases and takes the last of duplicate keys', () => {
    const s = 'x: &t\n  y: 1\nz: *t\nk: 1\nk:\n  deep: 2\n';
    const p = new DocumentPositions(s, 0, 1);
    expect(p.lineOf(['z', 'y'])).toBe(2);
    expect(p.lineOf(['k', 'deep'])).toBe(6);
  });
});
