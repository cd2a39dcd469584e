import { describe, expect, it } from 'vitest';
import { goQuote, joinQuote, pluralize, setters, sortedSet } from './format.js';

describe('library text helpers', () => {
  it('joinQuote quotes without escaping, like the library', () => {
    expect(joinQuote([])).toBe('');
    expect(joinQuote(['a'])).toBe('"a"');
    expect(joinQuote(['a', 'b="c"'])).toBe('"a", "b="c""');
  });
  it('pluralize picks the singular only for one', () => {
    expect(pluralize('volume', 'volumes', 1)).toBe('volume');
    expect(pluralize('volume', 'volumes', 2)).toBe('volumes');
  });
  it('sortedSet sorts as bytes, numbers as text', () => {
    expect(sortedSet(['9', '10', '9', 'B', 'a'])).toEqual(['10', '9', 'B', 'a']);
  });
  it('goQuote escapes like %q', () => {
    expect(goQuote('unconfined')).toBe('"unconfined"');
    expect(goQuote('a"b\\c\n')).toBe('"a\\"b\\\\c\\n"');
  });
  it('setters lists pod, then containers', () => {
    expect(setters(true, ['a', 'b'])).toEqual(['pod', 'containers "a", "b"']);
    expect(setters(false, ['a'], ['annotation'])).toEqual(['container "a"', 'annotation']);
  });
});
