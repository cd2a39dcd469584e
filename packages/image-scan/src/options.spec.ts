import { describe, expect, it } from 'vitest';
import { normalizeScanOptions } from './options.js';

describe('normalizeScanOptions', () => {
  it('normalises severities, the database from the environment and the timeout', () => {
    const o = normalizeScanOptions({ image: 'a:b', severity: ['HIGH,critical', 'unknown'], timeout: 60, ignoreUnfixed: true }, '/ws', { FLIGHTCHECK_OSV_DB: '/db' });
    expect(o).toMatchObject({ image: 'a:b', engine: 'auto', severities: ['high', 'critical', 'info'], timeoutMs: 60_000, osvDb: '/db', maxDbAgeDays: 7, ignoreUnfixed: true, root: '/ws' });
    expect(normalizeScanOptions({ archive: 'x', osvDb: '/mine' }, '/ws', { FLIGHTCHECK_OSV_DB: '/db' }).osvDb).toBe('/mine');
  });
  it('rejects bad values with the option name', () => {
    expect(() => normalizeScanOptions({ engine: 'grype' }, '/', {})).toThrow(/--engine must be one of/);
    expect(() => normalizeScanOptions({ severity: 'urgent' }, '/', {})).toThrow(/--severity urgent/);
    expect(() => normalizeScanOptions({ maxDbAge: -1 }, '/', {})).toThrow(/--max-db-age must be a positive number/);
  });
});
