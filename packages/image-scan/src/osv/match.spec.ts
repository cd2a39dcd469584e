import { describe, expect, it } from 'vitest';
import { debianScheme, pep440Scheme, semverScheme } from '../versions/index.js';
import { inRange, isAffected } from './match.js';
import type { OsvAffected, OsvRange } from './record.js';

const eco = (...events: OsvRange['events']): OsvRange => ({ type: 'ECOSYSTEM', events });
const entry = (ranges: OsvRange[], versions: string[] = []): OsvAffected => ({ ecosystem: 'X', name: 'p', ranges, versions, severity: [] });

describe('inRange', () => {
  const glibc = eco({ introduced: '0' }, { fixed: '2.36-9+deb12u4' });
  it('is affected below a fix and not at or above it (dpkg ordering)', () => {
    expect(inRange(debianScheme, '2.36-9+deb12u3', glibc)).toEqual({ affected: true, fixed: '2.36-9+deb12u4' });
    expect(inRange(debianScheme, '2.36-9+deb12u4', glibc)).toEqual({ affected: false });
    expect(inRange(debianScheme, '2.36-9+deb12u10', glibc)).toEqual({ affected: false });
    expect(inRange(debianScheme, '1:2.0', glibc)).toEqual({ affected: false });
  });
  it('honours ~ in fixed versions', () => {
    const openssl = eco({ introduced: '0' }, { fixed: '3.0.11-1~deb12u2' });
    expect(inRange(debianScheme, '3.0.11-1~deb12u1', openssl).affected).toBe(true);
    expect(inRange(debianScheme, '3.0.11-1~deb12u2', openssl).affected).toBe(false);
    expect(inRange(debianScheme, '3.0.11-1', openssl).affected).toBe(false);
  });
  it('opens at introduced (inclusive)', () => {
    const r = eco({ introduced: '2.3.0' }, { fixed: '2.31.0' });
    expect(inRange(pep440Scheme, '2.2.1', r).affected).toBe(false);
    expect(inRange(pep440Scheme, '2.3', r).affected).toBe(true);
    expect(inRange(pep440Scheme, '2.31.0rc1', r)).toEqual({ affected: true, fixed: '2.31.0' });
    expect(inRange(pep440Scheme, '2.31.0', r).affected).toBe(false);
  });
  it('closes after last_affected (inclusive) without a fix', () => {
    const r = eco({ introduced: '1.0' }, { last_affected: '1.4' });
    expect(inRange(pep440Scheme, '1.4', r)).toEqual({ affected: true });
    expect(inRange(pep440Scheme, '1.4.post1', r).affected).toBe(false);
  });
  it('handles several introduced/fixed pairs, in any order', () => {
    const r = eco({ fixed: '2.5' }, { introduced: '3.0' }, { introduced: '1.0' }, { fixed: '3.2' });
    expect(['0.9', '1.0', '2.4', '2.5', '2.9', '3.0', '3.1', '3.2'].map((v) => inRange(pep440Scheme, v, r).affected)).toEqual([false, true, true, false, false, true, true, false]);
    expect(inRange(pep440Scheme, '2.4', r).fixed).toBe('2.5');
  });
  it('stops at a limit', () => {
    const r = eco({ introduced: '0' }, { limit: '2.0' });
    expect(inRange(pep440Scheme, '1.9', r).affected).toBe(true);
    expect(inRange(pep440Scheme, '2.0', r).affected).toBe(false);
    expect(inRange(pep440Scheme, '5.0', eco({ introduced: '0' }, { limit: '*' })).affected).toBe(true);
  });
  it('an open range (no fix) affects everything above introduced', () => {
    expect(inRange(debianScheme, '99.0-1', eco({ introduced: '0' }))).toEqual({ affected: true });
  });
  it('uses SemVer for SEMVER ranges whatever the ecosystem', () => {
    const r: OsvRange = { type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] };
    expect(inRange(debianScheme, '4.17.20', r).affected).toBe(true);
    expect(inRange(semverScheme, '4.17.21', r).affected).toBe(false);
  });
  it('reports versions it cannot order instead of guessing', () => {
    expect(inRange(pep440Scheme, 'not-a-version', eco({ introduced: '0' }))).toMatchObject({ affected: false, problem: expect.stringMatching(/not a PEP 440/) });
    expect(inRange(pep440Scheme, '1.0', eco({ introduced: 'junk!' })).problem).toMatch(/introduced version "junk!" is not a PEP 440/);
  });
});

describe('isAffected', () => {
  it('matches the versions list exactly or by equal ordering', () => {
    const e = entry([], ['2.30.0', '2.29']);
    expect(isAffected(pep440Scheme, '2.30.0', e).affected).toBe(true);
    expect(isAffected(pep440Scheme, '2.29.0', e).affected).toBe(true);
    expect(isAffected(pep440Scheme, '2.31.0', e).affected).toBe(false);
  });
  it('is affected when any range says so', () => {
    const e = entry([eco({ introduced: '0' }, { fixed: '1.0' }), eco({ introduced: '2.0' }, { fixed: '2.1' })]);
    expect(isAffected(pep440Scheme, '2.0.5', e)).toEqual({ affected: true, fixed: '2.1' });
    expect(isAffected(pep440Scheme, '1.5', e).affected).toBe(false);
  });
});
