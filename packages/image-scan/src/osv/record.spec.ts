import { describe, expect, it } from 'vitest';
import { OsvRecordError, parseOsvRecord, reportIds, toOsvRecord } from './record.js';

const base = { id: 'PYSEC-2023-74', modified: '2023-06-01T00:00:00Z', aliases: ['CVE-2023-32681', 'GHSA-j8r2-6x86-q33q'] };

describe('toOsvRecord', () => {
  it('keeps what matching needs and drops GIT ranges and details', () => {
    const r = toOsvRecord({
      ...base,
      details: 'x'.repeat(10_000),
      summary: 'Unintended leak of Proxy-Authorization header in requests',
      references: [{ type: 'WEB', url: 'https://example.org/advisory' }, { type: 'bad' }],
      affected: [
        {
          package: { ecosystem: 'PyPI', name: 'requests', purl: 'pkg:pypi/requests' },
          ranges: [
            { type: 'ECOSYSTEM', events: [{ introduced: '2.3.0' }, { fixed: '2.31.0' }] },
            { type: 'GIT', repo: 'https://example.org/r.git', events: [{ introduced: '0' }, { fixed: 'abc' }] },
          ],
          versions: ['2.3.0', '2.30.0'],
          database_specific: { severity: 'MODERATE' },
        },
      ],
    });
    expect(r).toEqual({
      id: 'PYSEC-2023-74',
      modified: '2023-06-01T00:00:00Z',
      aliases: ['CVE-2023-32681', 'GHSA-j8r2-6x86-q33q'],
      upstream: [],
      severity: [],
      summary: 'Unintended leak of Proxy-Authorization header in requests',
      references: ['https://example.org/advisory'],
      affected: [{ ecosystem: 'PyPI', name: 'requests', ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.3.0' }, { fixed: '2.31.0' }] }], versions: ['2.3.0', '2.30.0'], severity: [], textSeverity: 'MODERATE' }],
    });
  });

  it.each([
    [[], /not a JSON object/],
    [{ affected: [] }, /id is missing/],
    [{ id: 'a b' }, /not a valid OSV id/],
    [{ id: 'X', affected: {} }, /affected must be an array/],
    [{ id: 'X', affected: [{}] }, /affected\[0\]\.package is missing/],
    [{ id: 'X', affected: [{ package: { ecosystem: 'PyPI' } }] }, /package\.name is missing/],
    [{ id: 'X', affected: [{ package: { ecosystem: 'PyPI', name: 'a' }, ranges: [{ type: 'FOO', events: [] }] }] }, /is not SEMVER, ECOSYSTEM or GIT/],
    [{ id: 'X', affected: [{ package: { ecosystem: 'PyPI', name: 'a' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0', fixed: '1' }] }] }] }, /exactly one of/],
    [{ id: 'X', aliases: [1] }, /aliases\[0\] must be a string/],
    [{ id: 'X', severity: [{ type: 'CVSS_V3' }] }, /severity\[0\]\.score is missing/],
  ])('rejects %j', (data, reason) => {
    expect(() => toOsvRecord(data)).toThrow(reason);
  });

  it('parses text and reports JSON errors', () => {
    expect(parseOsvRecord(JSON.stringify(base)).id).toBe('PYSEC-2023-74');
    expect(() => parseOsvRecord('{')).toThrow(OsvRecordError);
  });
});

describe('reportIds', () => {
  it('prefers CVE ids, then GHSA, then the record id', () => {
    expect(reportIds({ id: 'DSA-5514-1', aliases: [], upstream: ['CVE-2023-4911', 'CVE-2023-4527', 'DEBIAN-CVE-2023-4911'] })).toEqual(['CVE-2023-4911', 'CVE-2023-4527']);
    expect(reportIds({ id: 'PYSEC-1', aliases: ['GHSA-aaaa-bbbb-cccc'], upstream: [] })).toEqual(['GHSA-aaaa-bbbb-cccc']);
    expect(reportIds({ id: 'DLA-1-1', aliases: [], upstream: [] })).toEqual(['DLA-1-1']);
  });
});

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
describe('parseOsvRecord nesting bound', () => {
  it('a record nested deeper than 200 is an OsvRecordError (skipped with a notice), not a crash later', () => {
    expect(() => parseOsvRecord(`{"id":"X-1","database_specific":${deep(100_000)}}`)).toThrow(OsvRecordError);
    expect(() => parseOsvRecord(`{"id":"X-1","database_specific":${deep(100_000)}}`)).toThrow(/JSON nesting deeper than 200 \(line 1\)/);
  });
});
