import { describe, expect, it } from 'vitest';
import { normalizePypiName, OsvIndex } from './db-index.js';
import { toOsvRecord } from './record.js';

const rec = (id: string, extra: Record<string, unknown> = {}) =>
  toOsvRecord({ id, modified: '2024-01-01T00:00:00Z', affected: [{ package: { ecosystem: 'PyPI', name: 'Foo_Bar.baz' }, versions: ['1.0'] }], ...extra });

describe('normalizePypiName', () => {
  it('follows PEP 503', () => {
    expect(['Friendly-Bard', 'FRIENDLY-BARD', 'friendly.bard', 'friendly_bard', 'friendly--bard', 'FrIeNdLy-._.-bArD'].map(normalizePypiName)).toEqual(Array(6).fill('friendly-bard'));
  });
});

describe('OsvIndex', () => {
  it('indexes by ecosystem and normalised name', () => {
    const idx = new OsvIndex();
    expect(idx.add(rec('PYSEC-1'))).toBe(true);
    expect(idx.lookup('PyPI', 'foo-bar-baz').map((e) => e.record.id)).toEqual(['PYSEC-1']);
    expect(idx.lookup('PyPI', 'FOO.BAR_BAZ')).toHaveLength(1);
    expect(idx.lookup('npm', 'foo-bar-baz')).toEqual([]);
    expect(idx.ecosystems()).toEqual(['PyPI']);
  });
  it('skips withdrawn records but still counts their modified date', () => {
    const idx = new OsvIndex();
    expect(idx.add(rec('PYSEC-2', { withdrawn: '2024-02-01T00:00:00Z', modified: '2024-03-01T00:00:00Z' }))).toBe(false);
    expect(idx.withdrawn).toBe(1);
    expect(idx.size).toBe(0);
    expect(idx.newestModified).toBe('2024-03-01T00:00:00Z');
  });
  it('keeps the newest copy of a duplicated id', () => {
    const idx = new OsvIndex();
    idx.add(rec('GHSA-x', { summary: 'old' }));
    expect(idx.add(rec('GHSA-x', { summary: 'new', modified: '2025-01-01T00:00:00Z' }))).toBe(true);
    expect(idx.add(rec('GHSA-x', { summary: 'older', modified: '2020-01-01T00:00:00Z' }))).toBe(false);
    expect(idx.lookup('PyPI', 'foo-bar-baz').map((e) => e.record.summary)).toEqual(['new']);
    expect(idx.duplicates).toBe(2);
  });
});
