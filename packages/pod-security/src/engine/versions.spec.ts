import { UsageError } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { LATEST_MINOR, levelRank, parseVersion, requireLevel, requireVersion, versionText } from './versions.js';

describe('policy versions', () => {
  it('parses v1.N and latest', () => {
    expect(parseVersion('v1.0')).toEqual({ minor: 0, latest: false });
    expect(parseVersion('v1.28')).toEqual({ minor: 28, latest: false });
    expect(parseVersion('latest')).toEqual({ minor: LATEST_MINOR, latest: true });
  });
  it('judges versions above the newest as the newest', () => {
    expect(parseVersion('v1.99')).toEqual({ minor: 35, latest: false });
  });
  it('rejects malformed versions', () => {
    for (const s of ['1.28', 'v1.028', 'v2.0', 'v1.', 'Latest', 'v1.2.3', '']) expect(parseVersion(s), s).toBeUndefined();
    expect(() => requireVersion('v2.0')).toThrow(UsageError);
    expect(() => requireVersion('v2.0')).toThrow(/unknown policy version "v2.0"/);
  });
  it('names versions', () => {
    expect(versionText(parseVersion('latest')!)).toBe('latest');
    expect(versionText(parseVersion('v1.3')!)).toBe('v1.3');
  });
  it('checks levels', () => {
    expect(requireLevel('baseline')).toBe('baseline');
    expect(() => requireLevel('strict')).toThrow(/unknown level "strict"/);
    expect(levelRank('restricted')).toBeGreaterThan(levelRank('baseline'));
  });
});
