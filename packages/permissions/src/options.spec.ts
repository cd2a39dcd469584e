import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, normalizeDistName, normalizePermissionsOptions } from './options.js';

describe('options', () => {
  it('fills defaults (UID/GID 50000, airflow, /opt/airflow)', () => {
    expect(normalizePermissionsOptions()).toEqual(DEFAULT_OPTIONS);
  });
  it('derives directories from a custom home and validates hostile values', () => {
    expect(normalizePermissionsOptions({ home: '/home/app/' }).directories).toEqual(['/home/app', '/home/app/.local']);
    expect(() => normalizePermissionsOptions({ uid: -1 })).toThrow(/uid/);
    expect(() => normalizePermissionsOptions({ uid: 'x' })).toThrow(/uid/);
    expect(() => normalizePermissionsOptions({ home: 'relative' })).toThrow(/absolute/);
    expect(() => normalizePermissionsOptions({ home: '/a/../etc' })).toThrow(/absolute/);
    expect(() => normalizePermissionsOptions({ user: 'a b' })).toThrow(/user/);
    expect(() => normalizePermissionsOptions({ setuidAllowList: 'su' })).toThrow(/list/);
  });
  it('normalises distribution names (PEP 503)', () => {
    expect(normalizeDistName('Apache_Airflow.Providers')).toBe('apache-airflow-providers');
  });
});
