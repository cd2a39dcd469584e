import { describe, expect, it } from 'vitest';
import { UsageError } from './errors.js';
import { DEFAULT_PROFILE, isProfile, PROFILES, resolveProfile, STAND_INS } from './profile.js';

describe('resolveProfile', () => {
  it('takes an explicit choice first, then FLIGHTCHECK_PROFILE, then flightcheck.yaml, else release', () => {
    expect(resolveProfile({ explicit: 'local', env: { FLIGHTCHECK_PROFILE: 'release' }, policyProfile: 'release' })).toEqual({ profile: 'local', source: 'explicit' });
    expect(resolveProfile({ env: { FLIGHTCHECK_PROFILE: 'local' }, policyProfile: 'release' })).toEqual({ profile: 'local', source: 'FLIGHTCHECK_PROFILE' });
    expect(resolveProfile({ env: { FLIGHTCHECK_PROFILE: '' }, policyProfile: 'local' })).toEqual({ profile: 'local', source: 'flightcheck.yaml profile' });
    expect(resolveProfile({ env: {} })).toEqual({ profile: DEFAULT_PROFILE, source: 'default' });
    expect(DEFAULT_PROFILE).toBe('release');
  });

  it('refuses an unknown profile instead of guessing', () => {
    expect(() => resolveProfile({ env: { FLIGHTCHECK_PROFILE: 'staging' } })).toThrow(UsageError);
    expect(() => resolveProfile({ explicit: 'prod' })).toThrow(/unknown profile "prod" \(one of local, release\)/);
  });
});

describe('STAND_INS', () => {
  it('lists what stood in for what in local, nothing in release', () => {
    expect(PROFILES.every(isProfile)).toBe(true);
    expect(STAND_INS.release).toEqual([]);
    expect(STAND_INS.local.map((s) => s.for).join('\n')).toMatch(/registry[\s\S]*key[\s\S]*trivy and the OSV database/);
  });
});
