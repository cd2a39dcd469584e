import { describe, expect, it } from 'vitest';
import { CidrError, cutIPv4, formatRange, parseCidr, subtractRanges, within } from './ip.js';

describe('IPv4 ranges', () => {
  it('parses CIDRs and rejects bad ones', () => {
    expect(formatRange(parseCidr('10.0.0.0/8'))).toBe('10.0.0.0-10.255.255.255');
    expect(formatRange(parseCidr('0.0.0.0/0'))).toBe('0.0.0.0-255.255.255.255');
    expect(() => parseCidr('10.0.0.0/33')).toThrow(CidrError);
    expect(() => parseCidr('300.0.0.0/8')).toThrow(/0 to 255/);
    expect(() => parseCidr('10.0.0.0')).toThrow(/ADDRESS\/PREFIX/);
  });
  it('cuts IPv4 space at the boundaries, covering all of it', () => {
    const cut = cutIPv4([parseCidr('10.0.0.0/8')]).map(formatRange);
    expect(cut).toEqual(['0.0.0.0-9.255.255.255', '10.0.0.0-10.255.255.255', '11.0.0.0-255.255.255.255']);
  });
  it('subtracts excepts and merges what touches', () => {
    const net = subtractRanges([parseCidr('0.0.0.0/0')], [parseCidr('10.0.0.0/9'), parseCidr('10.128.0.0/9')]).map(formatRange);
    expect(net).toEqual(['0.0.0.0-9.255.255.255', '11.0.0.0-255.255.255.255']);
    expect(within(parseCidr('10.1.0.0/16'), parseCidr('10.0.0.0/8'))).toBe(true);
  });
});
