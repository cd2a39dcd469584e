import * as pep440 from '@renovatebot/pep440';
import semver from 'semver';
import { compareDebianVersions, parseDebianVersion } from './dpkg.js';

/** Version ordering of one ecosystem. `compare` throws a RangeError on a version it cannot read. */
export interface VersionScheme {
  name: string;
  valid(version: string): boolean;
  compare(a: string, b: string): number;
}

export const debianScheme: VersionScheme = {
  name: 'dpkg',
  valid: (v) => parseDebianVersion(v) !== undefined,
  compare: compareDebianVersions,
};

/** packaging.version.Version accepts blanks around a version (`\s*` at both ends of its pattern); so do we. */
const pep440Text = (v: string): string => v.trim();

export const pep440Scheme: VersionScheme = {
  name: 'PEP 440',
  valid: (v) => v.length <= 256 && pep440.valid(pep440Text(v)) !== null,
  compare(a, b) {
    if (!pep440Scheme.valid(a)) throw new RangeError(`not a PEP 440 version: ${JSON.stringify(a.slice(0, 80))}`);
    if (!pep440Scheme.valid(b)) throw new RangeError(`not a PEP 440 version: ${JSON.stringify(b.slice(0, 80))}`);
    return Math.sign(pep440.compare(pep440Text(a), pep440Text(b)));
  },
};

function cleanSemver(v: string): string | null {
  if (v.length > 256) return null;
  return semver.valid(v.startsWith('v') ? v.slice(1) : v);
}

export const semverScheme: VersionScheme = {
  name: 'SemVer',
  valid: (v) => cleanSemver(v) !== null,
  compare(a, b) {
    const ca = cleanSemver(a);
    const cb = cleanSemver(b);
    if (ca === null) throw new RangeError(`not a SemVer version: ${JSON.stringify(a.slice(0, 80))}`);
    if (cb === null) throw new RangeError(`not a SemVer version: ${JSON.stringify(b.slice(0, 80))}`);
    return semver.compare(ca, cb);
  },
};

/** The ordering OSV's `ECOSYSTEM` ranges use for an ecosystem (`Debian:12` → dpkg), or undefined. */
export function schemeForEcosystem(ecosystem: string): VersionScheme | undefined {
  const base = ecosystem.split(':')[0];
  if (base === 'Debian') return debianScheme;
  if (base === 'PyPI') return pep440Scheme;
  if (base === 'npm') return semverScheme;
  return undefined;
}

export { compareDebianVersions, parseDebianVersion, compareDebianPart } from './dpkg.js';
