import { describe, expect, it } from 'vitest';
import { debianScheme, pep440Scheme, schemeForEcosystem, semverScheme, type VersionScheme } from './index.js';

function expectAscending(scheme: VersionScheme, list: string[]): void {
  for (let i = 0; i < list.length; i++) {
    for (let j = 0; j < list.length; j++) {
      expect(scheme.compare(list[i]!, list[j]!), `${list[i]} vs ${list[j]}`).toBe(Math.sign(i - j));
    }
  }
}

describe('PEP 440 ordering', () => {
  it("orders PEP 440's own example of every suffix", () => {
    expectAscending(pep440Scheme, [
      '1.dev0', '1.0.dev456', '1.0a1', '1.0a2.dev456', '1.0a12.dev456', '1.0a12', '1.0b1.dev456', '1.0b2',
      '1.0b2.post345.dev456', '1.0b2.post345', '1.0rc1.dev456', '1.0rc1', '1.0', '1.0+abc.5', '1.0+abc.7', '1.0+5',
      '1.0.post456.dev34', '1.0.post456', '1.0.15', '1.1.dev1',
    ]);
  });
  it('puts epochs above date-based versions', () => {
    expectAscending(pep440Scheme, ['2013.10', '2014.04', '1!1.0', '1!1.1', '1!2.0']);
  });
  it('normalises spellings', () => {
    expect(pep440Scheme.compare('1.0', '1.0.0')).toBe(0);
    expect(pep440Scheme.compare('1.1RC1', '1.1rc1')).toBe(0);
    expect(pep440Scheme.compare('v2.31.0', '2.31')).toBe(0);
  });
  it('rejects what is not a version', () => {
    expect(pep440Scheme.valid('not-a-version')).toBe(false);
    expect(() => pep440Scheme.compare('1.0', 'not-a-version')).toThrow(RangeError);
  });
});

describe('SemVer ordering', () => {
  it("orders semver.org's precedence example", () => {
    expectAscending(semverScheme, ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '2.0.0', '2.1.0', '2.1.1']);
  });
  it('accepts a leading v and rejects junk', () => {
    expect(semverScheme.compare('v1.2.3', '1.2.3')).toBe(0);
    expect(() => semverScheme.compare('1.2', '1.2.3')).toThrow(RangeError);
  });
});

describe('schemeForEcosystem', () => {
  it('maps OSV ecosystems to their ordering', () => {
    expect(schemeForEcosystem('Debian:12')).toBe(debianScheme);
    expect(schemeForEcosystem('Debian')).toBe(debianScheme);
    expect(schemeForEcosystem('PyPI')).toBe(pep440Scheme);
    expect(schemeForEcosystem('npm')).toBe(semverScheme);
    expect(schemeForEcosystem('Go')).toBeUndefined();
  });
});
