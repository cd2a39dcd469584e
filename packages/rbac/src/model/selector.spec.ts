import { describe, expect, it } from 'vitest';
import { compileSelector, SelectorError } from './selector.js';

describe('compileSelector', () => {
  it('ANDs matchLabels and matchExpressions', () => {
    const m = compileSelector({ matchLabels: { a: 'x' }, matchExpressions: [{ key: 'b', operator: 'In', values: ['1', '2'] }, { key: 'c', operator: 'DoesNotExist' }] });
    expect(m({ a: 'x', b: '1' })).toBe(true);
    expect(m({ a: 'x', b: '3' })).toBe(false);
    expect(m({ a: 'x', b: '1', c: '' })).toBe(false);
    expect(compileSelector({ matchExpressions: [{ key: 'b', operator: 'NotIn', values: ['1'] }] })({})).toBe(true);
    expect(compileSelector({ matchExpressions: [{ key: 'b', operator: 'Exists' }] })({ b: '' })).toBe(true);
  });
  it('selects everything with {} and nothing with null; rejects bad operators', () => {
    expect(compileSelector({})({ any: 'x' })).toBe(true);
    expect(compileSelector(null)({})).toBe(false);
    expect(() => compileSelector({ matchExpressions: [{ key: 'a', operator: 'Like' }] })).toThrow(SelectorError);
    expect(() => compileSelector({ matchExpressions: [{ key: 'a', operator: 'In', values: [] }] })).toThrow(/needs values/);
  });
});
