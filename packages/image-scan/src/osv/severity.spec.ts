import { describe, expect, it } from 'vitest';
import { cvssBaseScore, ratingOf, scoreSeverity, textToSeverity } from './severity.js';

describe('cvssBaseScore', () => {
  // Base scores as published by NVD for these vectors (facts of the CVSS specification's formula).
  it.each([
    ['CVSS_V3', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['CVSS_V3', 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.8], // CVE-2023-4911
    ['CVSS_V3', 'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:N/A:N', 5.3], // requests CVE-2023-32681 (GHSA)
    ['CVSS_V3', 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10],
    ['CVSS_V3', 'CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:L', 1.6],
    ['CVSS_V3', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0],
    ['CVSS_V2', 'AV:N/AC:L/Au:N/C:P/I:P/A:P', 7.5],
    ['CVSS_V4', 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 9.3],
  ])('%s %s = %s', (type, vector, score) => {
    expect(cvssBaseScore(type, vector)).toBe(score);
  });
  it('returns undefined for vectors it cannot read', () => {
    expect(cvssBaseScore('CVSS_V3', 'garbage')).toBeUndefined();
    expect(cvssBaseScore('CVSS_V3', 'CVSS:3.1/AV:Q')).toBeUndefined();
    expect(cvssBaseScore('CVSS_V3', 'CVSS:3.1/' + 'AV:N/'.repeat(200))).toBeUndefined();
    expect(cvssBaseScore('Ubuntu', 'high')).toBeUndefined();
  });
});

describe('scoreSeverity', () => {
  it('rates by the CVSS scale', () => {
    expect([0, 0.1, 3.9, 4, 6.9, 7, 8.9, 9, 10].map(ratingOf)).toEqual(['info', 'low', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical']);
  });
  it('prefers a vector to the textual severity', () => {
    const s = scoreSeverity([{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H' }], 'LOW');
    expect(s).toMatchObject({ severity: 'high', score: 7.8, source: 'CVSS_V3 7.8' });
  });
  it('falls back to database_specific and Debian urgency, then unknown', () => {
    expect(scoreSeverity([{ type: 'CVSS_V3', score: 'broken' }], 'MODERATE').severity).toBe('medium');
    expect(scoreSeverity([], 'low*').severity).toBe('low');
    expect(scoreSeverity([], 'unimportant').severity).toBe('info');
    expect(scoreSeverity([], 'not yet assigned')).toEqual({ severity: 'medium', source: 'unknown' });
    expect(textToSeverity('CRITICAL')).toBe('critical');
  });
});
