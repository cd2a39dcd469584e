import { describe, expect, it } from 'vitest';
import { isZeroQuantity, parseQuantity, QuantityError, sameQuantity } from './quantity.js';

describe('quantities', () => {
  it('parses decimal and binary suffixes and exponents', () => {
    expect(parseQuantity('1')).toBe(1);
    expect(parseQuantity('1000m')).toBe(1);
    expect(parseQuantity('1Gi')).toBe(2 ** 30);
    expect(parseQuantity('1e3')).toBe(1000);
    expect(parseQuantity(0.5)).toBe(0.5);
  });
  it('compares by value', () => {
    expect(sameQuantity('1', '1000m')).toBe(true);
    expect(sameQuantity('1Gi', '1024Mi')).toBe(true);
    expect(sameQuantity('1G', '1Gi')).toBe(false);
    expect(sameQuantity(undefined, undefined)).toBe(true);
    expect(sameQuantity('1', undefined)).toBe(false);
  });
  it('treats missing and zero alike, and rejects garbage', () => {
    expect(isZeroQuantity(undefined)).toBe(true);
    expect(isZeroQuantity('0m')).toBe(true);
    expect(() => parseQuantity('lots')).toThrow(QuantityError);
    expect(() => parseQuantity('1Xi')).toThrow(QuantityError);
  });
});
