import { describe, expect, it } from 'vitest';
import { compileSelector, SelectorError, selectorText } from './selector.js';

describe('label selectors', () => {
  it('matches labels and expressions as Kubernetes does', () => {
    const s = compileSelector({ matchLabels: { app: 'a' }, matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db'] }, { key: 'x', operator: 'DoesNotExist' }] });
    expect(s.matches({ app: 'a', tier: 'web' })).toBe(true);
    expect(s.matches({ app: 'a' })).toBe(true);
    expect(s.matches({ app: 'a', tier: 'db' })).toBe(false);
    expect(s.matches({ app: 'a', x: '1' })).toBe(false);
    expect(compileSelector({}).empty).toBe(true);
    expect(compileSelector(undefined).matches({ any: 'thing' })).toBe(true);
  });
  it('rejects an invalid operator, a missing key, values on Exists', () => {
    expect(() => compileSelector({ matchExpressions: [{ key: 'a', operator: 'Equals', values: ['x'] }] })).toThrow(SelectorError);
    expect(() => compileSelector({ matchExpressions: [{ operator: 'In', values: ['x'] }] })).toThrow(/no key/);
    expect(() => compileSelector({ matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] })).toThrow(/takes no values/);
  });
  it("writes np-guard's text and treats In with one value as =", () => {
    const s = compileSelector({ matchLabels: { b: '2', a: '1' }, matchExpressions: [{ key: 'role', operator: 'NotIn', values: ['x', 'y'] }] });
    expect(selectorText(s)).toBe('a=1,b=2,{Key:role,Operator:NotIn,Values:[x y],}');
    expect(compileSelector({ matchExpressions: [{ key: 'app', operator: 'In', values: ['x'] }] }).repKey).toBe(compileSelector({ matchLabels: { app: 'x' } }).repKey);
  });
});
