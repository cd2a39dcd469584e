import { describe, expect, it } from 'vitest';
import { LabelIndex, SelectorIndex } from './label-index.js';

describe('indexes', () => {
  it('SelectorIndex finds selectors by one of their pairs, plus the empty ones', () => {
    const i = new SelectorIndex<string>();
    i.add('ns', 'by-app', { app: 'a', tier: 'x' });
    i.add('ns', 'empty', {});
    i.add('other', 'elsewhere', { app: 'a' });
    expect(i.candidates('ns', { app: 'a', tier: 'x' }).sort()).toEqual(['by-app', 'empty']);
    expect(i.candidates('ns', { tier: 'y' })).toEqual(['empty']);
    expect(i.namespaces().sort()).toEqual(['ns', 'other']);
  });
  it('LabelIndex narrows by a selector pair, or returns the namespace', () => {
    const i = new LabelIndex<string>();
    i.add('ns', 'p1', { app: 'a' });
    i.add('ns', 'p2', { app: 'b' });
    expect(i.candidates('ns', { app: 'a' })).toEqual(['p1']);
    expect(i.candidates('ns', undefined)).toEqual(['p1', 'p2']);
    expect(i.candidates('none', undefined)).toEqual([]);
  });
});
