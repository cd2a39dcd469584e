import { describe, expect, it } from 'vitest';
import type { Inventory } from '../inventory/types.js';
import { OsvIndex } from '../osv/db-index.js';
import { toOsvRecord } from '../osv/record.js';
import { matchInventory } from './match-inventory.js';

const inventory: Inventory = {
  os: { id: 'debian', versionId: '12' },
  problems: [],
  packages: [
    { ecosystem: 'Debian', name: 'libc6', version: '2.36-9+deb12u3', source: { name: 'glibc', version: '2.36-9+deb12u3' }, arch: 'amd64', path: '/var/lib/dpkg/status', layer: { index: 0, digest: 'sha256:aa' }, purl: 'pkg:deb/debian/libc6@2.36-9+deb12u3?arch=amd64&distro=debian-12' },
    { ecosystem: 'Debian', name: 'libc-bin', version: '2.36-9+deb12u3', source: { name: 'glibc', version: '2.36-9+deb12u3' }, path: '/var/lib/dpkg/status', purl: 'p' },
    { ecosystem: 'PyPI', name: 'Requests', version: '2.30.0', path: '/x/requests-2.30.0.dist-info/METADATA', purl: 'pkg:pypi/requests@2.30.0' },
    { ecosystem: 'PyPI', name: 'pip', version: '23.0.1', path: '/usr/lib/python3/dist-packages/pip-23.0.1.dist-info/METADATA', purl: 'pkg:pypi/pip@23.0.1', managedBy: 'dpkg' },
    { ecosystem: 'npm', name: 'lodash', version: '4.17.20', path: '/app/node_modules/lodash/package.json', purl: 'pkg:npm/lodash@4.17.20' },
  ],
};

function index(...records: object[]): OsvIndex {
  const idx = new OsvIndex();
  for (const r of records) idx.add(toOsvRecord(r));
  return idx;
}

const dsa = {
  id: 'DSA-5514-1',
  upstream: ['CVE-2023-4911', 'CVE-2023-4527'],
  affected: [{ package: { ecosystem: 'Debian:12', name: 'glibc' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.36-9+deb12u3' }] }] }],
};
const dsa2 = {
  id: 'DSA-5611-1',
  upstream: ['CVE-2023-6246'],
  summary: 'glibc security update',
  severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H' }],
  affected: [{ package: { ecosystem: 'Debian:12', name: 'glibc' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.36-9+deb12u4' }] }] }],
};
const debianCve = { id: 'DEBIAN-CVE-2023-6246', upstream: ['CVE-2023-6246'], affected: [{ package: { ecosystem: 'Debian:12', name: 'glibc' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.36-9+deb12u4' }] }], ecosystem_specific: { urgency: 'high' } }] };
const pysec = { id: 'PYSEC-2023-74', aliases: ['CVE-2023-32681', 'GHSA-j8r2-6x86-q33q'], affected: [{ package: { ecosystem: 'PyPI', name: 'requests' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.3.0' }, { fixed: '2.31.0' }] }] }] };
const pipRec = { id: 'PYSEC-PIP', aliases: [], affected: [{ package: { ecosystem: 'PyPI', name: 'pip' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] }] };

describe('matchInventory', () => {
  it('matches Debian packages by source package, one finding per CVE and binary package', () => {
    const out = matchInventory(inventory, index(dsa, dsa2, debianCve, pysec, pipRec, { id: 'GHSA-npm', affected: [{ package: { ecosystem: 'npm', name: 'lodash' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }] }] }));
    expect(out.missingEcosystems).toEqual([]);
    const rows = out.findings.map((f) => `${f.ruleId} ${(f.properties as { package: string }).package} ${f.severity}`).sort();
    expect(rows).toEqual(['CVE-2023-32681 Requests medium', 'CVE-2023-6246 libc-bin high', 'CVE-2023-6246 libc6 high', 'GHSA-npm lodash medium']);
    const libc = out.findings.find((f) => f.ruleId === 'CVE-2023-6246' && (f.properties as { package: string }).package === 'libc6')!;
    expect(libc).toMatchObject({
      message: 'libc6 2.36-9+deb12u3 (source glibc 2.36-9+deb12u3) is affected by CVE-2023-6246: glibc security update; fixed in 2.36-9+deb12u4',
      location: { file: '/var/lib/dpkg/status' },
      resolution: 'Upgrade libc6 to a version with glibc 2.36-9+deb12u4 or later',
      properties: { installedVersion: '2.36-9+deb12u3', fixedVersion: '2.36-9+deb12u4', layer: 'sha256:aa', ecosystem: 'Debian:12', osvIds: ['DSA-5611-1', 'DEBIAN-CVE-2023-6246'] },
    });
  });

  it('leaves Debian-managed Python modules to their Debian source package', () => {
    const out = matchInventory(inventory, index(pipRec, dsa));
    expect(out.findings.filter((f) => f.ruleId === 'PYSEC-PIP')).toEqual([]);
  });

  it('names the ecosystems the database cannot vouch for', () => {
    const out = matchInventory(inventory, index(pysec));
    expect(out.missingEcosystems).toEqual(['Debian:12', 'npm']);
    expect(out.packagesChecked).toBe(1);
  });

  it('notes records it cannot evaluate instead of guessing', () => {
    const bad = { id: 'PYSEC-BAD', affected: [{ package: { ecosystem: 'PyPI', name: 'requests' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: 'not a version' }] }] }] };
    const out = matchInventory(inventory, index(bad, dsa));
    expect(out.notices[0]!.message).toMatch(/PYSEC-BAD could not be evaluated for Requests 2.30.0: introduced version "not a version" is not a PEP 440 version/);
  });
});

describe('matchInventory cost', () => {
  // per i: a Debian binary package from its own source package, a PyPI and an npm package; two records
  // per package, one affecting the installed version (fixed later), one fixed before it
  const inputs = (n: number) => {
    const packages: Inventory['packages'] = [];
    const records: object[] = [];
    const range = (fixed: string) => [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] }];
    for (let i = 0; i < n; i++) {
      packages.push({ ecosystem: 'Debian', name: `lib${i}`, version: `1.${i}-2+deb12u1`, source: { name: `src${i}`, version: `1.${i}-2+deb12u1` }, path: '/var/lib/dpkg/status', purl: `pkg:deb/debian/lib${i}` });
      packages.push({ ecosystem: 'PyPI', name: `py_pkg-${i}`, version: `2.${i}.0`, path: `/x/py_pkg_${i}-2.${i}.0.dist-info/METADATA`, purl: `pkg:pypi/py-pkg-${i}` });
      packages.push({ ecosystem: 'npm', name: `js-${i}`, version: `3.${i}.1`, path: `/app/node_modules/js-${i}/package.json`, purl: `pkg:npm/js-${i}` });
      records.push(
        { id: `DSA-${i}-1`, upstream: [`CVE-2024-${10000 + i}`], affected: [{ package: { ecosystem: 'Debian:12', name: `src${i}` }, ranges: range(`1.${i}-2+deb12u2`) }] },
        { id: `DSA-${i}-0`, upstream: [`CVE-2023-${10000 + i}`], affected: [{ package: { ecosystem: 'Debian:12', name: `src${i}` }, ranges: range(`1.${i}-1`) }] },
        { id: `GHSA-p${i}`, aliases: [`CVE-2024-${20000 + i}`], affected: [{ package: { ecosystem: 'PyPI', name: `py-pkg-${i}` }, ranges: range(`2.${i}.1`) }] },
        { id: `GHSA-q${i}`, affected: [{ package: { ecosystem: 'PyPI', name: `py-pkg-${i}` }, ranges: range(`1.0.0`) }] },
        { id: `GHSA-j${i}`, aliases: [`CVE-2024-${30000 + i}`], affected: [{ package: { ecosystem: 'npm', name: `js-${i}` }, ranges: range(`3.${i}.2`) }] },
        { id: `GHSA-k${i}`, affected: [{ package: { ecosystem: 'npm', name: `js-${i}` }, ranges: range(`0.1.0`) }] },
      );
    }
    return { inv: { os: { id: 'debian', versionId: '12' }, problems: [], packages } satisfies Inventory, records };
  };
  it('is linear in the packages and advisories: sixteen times both cost about sixteen times the time of indexing the records and matching the inventory, under 96, far from the 256 of a quadratic (fastest of 5)', () => {
    const time = (n: number) => {
      const { inv, records } = inputs(n);
      const samples: number[] = [];
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        const out = matchInventory(inv, index(...records));
        samples.push(performance.now() - t0);
        // one finding per package: the record that affects it (the CVE), not the one fixed before it
        expect(out.packagesChecked).toBe(3 * n);
        expect(out.findings).toHaveLength(3 * n);
        expect(out.notices).toEqual([]);
      }
      return Math.min(...samples);
    };
    time(100);
    const t1 = time(100);
    const t2 = time(1600);
    console.log(`image-scan matchInventory: 300 packages/600 records ${t1.toFixed(1)} ms, 4,800 packages/9,600 records ${t2.toFixed(1)} ms (ratio ${(t2 / t1).toFixed(1)})`);
    expect(t2 / t1, `${t1.toFixed(1)} ms -> ${t2.toFixed(1)} ms`).toBeLessThan(96);
  }, 300_000);
});
