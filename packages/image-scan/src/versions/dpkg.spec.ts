import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareDebianPart, compareDebianVersions, parseDebianVersion } from './dpkg.js';

/** Ascending lists; every earlier entry sorts strictly before every later one. */
const ASCENDING: string[][] = [
  // deb-version(7): "~~ ~~a ~ (empty) a" — shown here as upstream suffixes.
  ['1.0~~', '1.0~~a', '1.0~', '1.0', '1.0a'],
  // Epochs win over everything.
  ['9.9-9', '1:0.1-1', '1:1.0-1', '2:0.0.1'],
  // Security and backport revisions used by Debian stable.
  ['3.0.11-1~deb12u1', '3.0.11-1~deb12u2', '3.0.11-1', '3.0.11-1+b1', '3.0.13-1~deb12u1'],
  ['2.36-9+deb12u3', '2.36-9+deb12u4', '2.36-9+deb12u7', '2.36-9+deb12u10'],
  // Digit runs compare numerically, letters before other characters.
  ['1.2', '1.10', '1.10a', '1.10+', '1.10.0'],
  ['2.2~rc-4', '2.2-1'],
  ['0.9', '0.10', '1.0-1', '1.0-1.1', '1.0-2'],
];

const EQUAL: [string, string][] = [
  ['1.0', '0:1.0'],
  ['1.0-1', '1.00-01'],
  ['1.0', '1.0-0'],
];

describe('compareDebianVersions', () => {
  for (const list of ASCENDING) {
    it(`orders ${list.join(' < ')}`, () => {
      for (let i = 0; i < list.length; i++) {
        for (let j = 0; j < list.length; j++) {
          expect(compareDebianVersions(list[i]!, list[j]!), `${list[i]} vs ${list[j]}`).toBe(Math.sign(i - j));
        }
      }
    });
  }
  it.each(EQUAL)('treats %s and %s as equal', (a, b) => {
    expect(compareDebianVersions(a, b)).toBe(0);
  });
  it('compares bare parts like verrevcmp', () => {
    expect(compareDebianPart('', '~')).toBeGreaterThan(0);
    expect(compareDebianPart('a', '')).toBeGreaterThan(0);
    expect(compareDebianPart('', '')).toBe(0);
  });
  it('rejects strings that are not Debian versions', () => {
    for (const bad of ['', 'abc', '1.0 1', 'x:1.0', '1.0-', '1:', '1.0-1_2', '1:2:3-'.repeat(100)]) {
      expect(parseDebianVersion(bad), bad).toBeUndefined();
    }
    expect(() => compareDebianVersions('1.0', 'not a version')).toThrow(/not a Debian version/);
  });
  it('parses epoch, upstream and revision (the revision is after the last hyphen)', () => {
    expect(parseDebianVersion('1:2.3-4-5')).toEqual({ epoch: 1, upstream: '2.3-4', revision: '5' });
    expect(parseDebianVersion('2.36')).toEqual({ epoch: 0, upstream: '2.36', revision: '' });
  });
});

// Cross-check with the real dpkg where it is installed (Debian hosts, CI images).
const dpkg = ['/usr/bin/dpkg', '/bin/dpkg'].find((p) => existsSync(p));
// in CI the comparison with the real dpkg must run: a missing dpkg fails instead of skipping
describe.skipIf(!dpkg && !process.env.CI)('agrees with dpkg --compare-versions', () => {
  const samples = ['1.0~rc1-1', '1.0-1', '1.0-1+b1', '1:0.9-1', '1.0a-1', '1.0+dfsg-1~bpo12+1', '1.0.0-0', '1.0-1~deb12u1', '10-1', '9.99-1', '1.0~~-1'];
  it('on every pair of a sample', () => {
    for (const a of samples) {
      for (const b of samples) {
        const ours = compareDebianVersions(a, b);
        let lt = false;
        try {
          execFileSync(dpkg!, ['--compare-versions', a, 'lt', b]);
          lt = true;
        } catch {
          lt = false;
        }
        expect(ours < 0, `${a} < ${b}`).toBe(lt);
      }
    }
  });
});
