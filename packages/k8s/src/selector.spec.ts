import { describe, expect, it } from 'vitest';
import { compileSelector, indexPair, matchesMap, safeSelector, SelectorError } from './selector.js';

describe('label selectors', () => {
  it('nil matches nothing, empty matches everything', () => {
    expect(compileSelector(null)({ a: 'b' })).toBe(false);
    expect(compileSelector({})({ a: 'b' })).toBe(true);
  });
  it('matchLabels and every matchExpressions operator', () => {
    const m = compileSelector({ matchLabels: { app: 'a' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['web'] }, { key: 'env', operator: 'NotIn', values: ['dev'] }, { key: 'x', operator: 'Exists' }, { key: 'y', operator: 'DoesNotExist' }] });
    expect(m({ app: 'a', tier: 'web', x: '' })).toBe(true);
    expect(m({ app: 'a', tier: 'web', x: '', env: 'dev' })).toBe(false);
    expect(m({ app: 'a', tier: 'web', x: '', y: '1' })).toBe(false);
    expect(m({ app: 'a', tier: 'db', x: '' })).toBe(false);
  });
  it('rejects an invalid operator or values that do not fit', () => {
    expect(() => compileSelector({ matchExpressions: [{ key: 'a', operator: 'Near' }] })).toThrow(SelectorError);
    expect(() => compileSelector({ matchExpressions: [{ key: 'a', operator: 'In', values: [] }] })).toThrow(/needs values/);
    expect(() => compileSelector({ matchLabels: ['a'] })).toThrow(/matchLabels must be a mapping/);
    expect(() => compileSelector({ matchExpressions: { key: 'a' } })).toThrow(/matchExpressions must be a sequence/);
    expect(() => compileSelector({ matchExpressions: ['a'] })).toThrow(/matchExpressions\[0\] must be a mapping/);
    expect(() => compileSelector({ matchExpressions: [{ operator: 'Exists' }] })).toThrow(/has no key/);
    expect(() => compileSelector({ matchExpressions: [{ key: 'a', operator: 'In', values: 'b' }] })).toThrow(/values must be a sequence/);
    expect(() => compileSelector('app=a')).toThrow(SelectorError);
    expect(safeSelector({ matchExpressions: [{ key: 'a', operator: 'Near' }] })({ a: '1' })).toBe(false);
  });
  it('map selectors and index pairs', () => {
    expect(matchesMap({}, { a: '1' })).toBe(true);
    expect(matchesMap({ a: '1' }, { a: '2' })).toBe(false);
    expect(indexPair({ b: '2', a: '1' })).toBe('a=1');
    expect(indexPair({})).toBeUndefined();
  });
});
