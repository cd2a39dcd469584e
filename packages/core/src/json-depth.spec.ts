import { describe, expect, it } from 'vitest';
import { assertJsonDepth, InputError, jsonNestingLine, MAX_JSON_DEPTH } from '@flightcheck/core';

describe('jsonNestingLine', () => {
  it('counts arrays and objects, not brackets inside strings or escaped quotes', () => {
    expect(jsonNestingLine('{"a":[1,{"b":[]}]}', 4)).toBeUndefined();
    expect(jsonNestingLine('{"a":[1,{"b":[]}]}', 3)).toBe(1);
    expect(jsonNestingLine(JSON.stringify({ s: '[[[[[[{{{{{', t: 'a\\"[[[[' }), 1)).toBeUndefined();
    expect(jsonNestingLine('["\\\\", [[]]]', 2)).toBe(1);
  });

  it('names the line where the bound is passed', () => {
    const text = `{\n  "a": 1,\n  "deep": ${'['.repeat(MAX_JSON_DEPTH)}\n${']'.repeat(MAX_JSON_DEPTH)}}`;
    expect(jsonNestingLine(text)).toBe(3);
    expect(() => assertJsonDepth(text, 'r.json')).toThrow(InputError);
    expect(() => assertJsonDepth(text, 'r.json')).toThrow('r.json:3: JSON nesting deeper than 200');
  });

  it('passes what JSON.stringify can write back; refuses what it cannot, in linear time', () => {
    const ok = '['.repeat(MAX_JSON_DEPTH - 1) + ']'.repeat(MAX_JSON_DEPTH - 1);
    expect(() => assertJsonDepth(ok, 'f')).not.toThrow();
    expect(JSON.stringify(JSON.parse(ok))).toBe(ok);
    // a million levels: JSON.parse reads it, JSON.stringify of it overflows the stack; the scan refuses it at once
    const bomb = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    expect(() => JSON.stringify(JSON.parse(bomb))).toThrow(RangeError);
    expect(jsonNestingLine(bomb)).toBe(1);
  });
});
