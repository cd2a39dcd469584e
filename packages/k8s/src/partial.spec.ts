import { describe, expect, it } from 'vitest';
import { parseManifestTextPartially } from './partial.js';

const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n`;

describe('parseManifestTextPartially', () => {
  it('keeps the documents before a syntax error, with their own lines, and loses the failing one and the rest', () => {
    const r = parseManifestTextPartially(`${pod('a')}---\n${pod('b')}---\napiVersion: v1\nkind: Pod\nmetadata: {name: [c\n---\n${pod('d')}`, 'x.yaml');
    expect(r.objects.map((o) => o.metadata.name)).toEqual(['a', 'b']);
    expect(r.objects[1]!.line).toBe(6);
    expect(r.objects[1]!.lineOf(['metadata', 'name'])).toBe(9);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: 'x.yaml' });
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(10);
    expect(r.problems[0]!.reason).toMatch(/invalid YAML.*this document and the rest of the file are not read/);
    expect(r.files).toEqual(['x.yaml']);
  });
  it('reads a good file whole, and keeps nothing when the first document fails', () => {
    expect(parseManifestTextPartially(`${pod('a')}---\n${pod('b')}`, 'ok.yaml').objects).toHaveLength(2);
    const r = parseManifestTextPartially(`apiVersion: v1\nkind: Pod\nmetadata: {name: [a\n---\n${pod('b')}`, 'bad.yaml');
    expect(r.objects).toEqual([]);
    expect(r.problems).toHaveLength(1);
  });
  it('treats a document that is not a mapping like a syntax error (the documents before it are kept)', () => {
    const r = parseManifestTextPartially(`${pod('a')}---\n- 1\n- 2\n---\n${pod('c')}`, 's.yaml');
    expect(r.objects.map((o) => o.metadata.name)).toEqual(['a']);
    expect(r.problems[0]!.reason).toMatch(/sequence/);
  });
  it('with leadingTabs, reads a flow sequence whose continuation line starts with a tab (as Go\'s YAML does)', () => {
    const text = `${pod('a')}spec:\n  containers:\n  - name: c\n    args:\n      [\n\t      "-jar",\n        "x.jar",\n      ]\n`;
    expect(parseManifestTextPartially(text, 't.yaml').problems).toHaveLength(1);
    const r = parseManifestTextPartially(text, 't.yaml', undefined, { leadingTabs: true });
    expect(r.problems).toEqual([]);
    expect(r.objects[0]!.raw.spec.containers[0].args).toEqual(['-jar', 'x.jar']);
    expect(r.objects[0]!.lineOf(['spec', 'containers', 0, 'args'])).toBe(8);
  });
});
