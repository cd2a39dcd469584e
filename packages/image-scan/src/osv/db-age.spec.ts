import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatabaseAge, databaseAge, readDbMetadata } from './db-age.js';

const now = new Date('2026-01-20T00:00:00Z');

describe('database age', () => {
  it('prefers the fetch metadata to the newest record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'age-'));
    expect(readDbMetadata(dir)).toBeUndefined();
    writeFileSync(join(dir, 'flightcheck-osv-db.json'), JSON.stringify({ fetchedAt: '2026-01-18T10:00:00Z', ecosystems: [] }));
    const meta = readDbMetadata(dir);
    expect(databaseAge(meta, '2025-01-01T00:00:00Z')).toEqual({ asOf: new Date('2026-01-18T10:00:00Z'), source: 'metadata' });
    expect(databaseAge(undefined, '2025-01-01T00:00:00Z')!.source).toBe('newest record');
    writeFileSync(join(dir, 'flightcheck-osv-db.json'), '{"fetchedAt": "yesterday"}');
    expect(() => readDbMetadata(dir)).toThrow(/no valid fetchedAt/);
  });

  it('accepts a fresh database and refuses a stale one unless told', () => {
    const fresh = { asOf: new Date('2026-01-15T00:00:00Z'), source: 'metadata' as const };
    expect(checkDatabaseAge('db', fresh, { maxAgeDays: 7, allowStale: false, now })).toBeUndefined();
    const stale = { asOf: new Date('2025-12-01T00:00:00Z'), source: 'newest record' as const };
    expect(() => checkDatabaseAge('db', stale, { maxAgeDays: 7, allowStale: false, now })).toThrow(/OSV database db is 50 days old \(newest record 2025-12-01\), older than --max-db-age 7 days; refresh it .*--allow-stale-db/);
    expect(checkDatabaseAge('db', stale, { maxAgeDays: 7, allowStale: true, now })).toMatch(/used because --allow-stale-db/);
    expect(checkDatabaseAge('db', stale, { maxAgeDays: 60, allowStale: false, now })).toBeUndefined();
  });

  it('refuses a database of unknown age unless told', () => {
    expect(() => checkDatabaseAge('db', undefined, { maxAgeDays: 7, allowStale: false, now })).toThrow(/age of OSV database db is unknown/);
    expect(checkDatabaseAge('db', undefined, { maxAgeDays: 7, allowStale: true, now })).toMatch(/unknown.*allow-stale-db/);
  });
});
