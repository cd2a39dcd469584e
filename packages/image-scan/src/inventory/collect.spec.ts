import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openImageArchive } from '@flightcheck/oci';
import { writeImageArchive, type ArchiveSpec } from '@flightcheck/oci/testing';
import { describe, expect, it } from 'vitest';
import { collectInventory, fileKind } from './collect.js';

const STATUS1 = 'Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nSource: glibc\nVersion: 2.36-9+deb12u4\n\nPackage: zlib1g\nStatus: install ok installed\nArchitecture: amd64\nSource: zlib\nVersion: 1:1.2.13.dfsg-1\n';
const STATUS2 = STATUS1.replace('2.36-9+deb12u4', '2.36-9+deb12u14') + '\nPackage: python3-pip\nStatus: install ok installed\nArchitecture: all\nSource: python-pip\nVersion: 23.0.1+dfsg-1\n\nPackage: broken\nStatus: install ok installed\n';

async function inventoryOf(spec: ArchiveSpec) {
  const dir = mkdtempSync(join(tmpdir(), 'inv-'));
  const file = join(dir, 'image.tar');
  const { diffIds } = await writeImageArchive(file, spec);
  return { inv: await collectInventory(await openImageArchive(file)), diffIds };
}

describe('fileKind', () => {
  it('selects only the files the inventory reads', () => {
    expect(fileKind('/var/lib/dpkg/status')).toBe('dpkg-status');
    expect(fileKind('/var/lib/dpkg/status-old')).toBeUndefined();
    expect(fileKind('/var/lib/dpkg/status.d/base')).toBe('dpkg-status.d');
    expect(fileKind('/var/lib/dpkg/status.d/base.md5sums')).toBeUndefined();
    expect(fileKind('/var/lib/dpkg/info/libc6:amd64.list')).toBe('dpkg-list');
    expect(fileKind('/opt/airflow/.local/lib/python3.11/site-packages/tiny-1.0.dist-info/METADATA')).toBe('python');
    expect(fileKind('/usr/lib/python3/dist-packages/wheel-0.38.4.egg-info')).toBe('python');
    expect(fileKind('/usr/lib/python3/dist-packages/x.egg-info/PKG-INFO')).toBe('python');
    expect(fileKind('/app/node_modules/@scope/x/package.json')).toBe('npm');
    expect(fileKind('/etc/passwd')).toBeUndefined();
  });
});

describe('collectInventory', () => {
  it('reads OS, Debian, Python and npm packages with their file and layer', async () => {
    const { inv, diffIds } = await inventoryOf({
      layers: [
        {
          entries: [
            { path: 'usr/lib/os-release', content: 'ID=debian\nVERSION_ID="12"\nVERSION_CODENAME=bookworm\n' },
            { path: 'etc/os-release', type: 'symlink', linkTarget: '../usr/lib/os-release' },
            { path: 'var/lib/dpkg/status', content: STATUS1 },
          ],
        },
        {
          entries: [
            { path: 'var/lib/dpkg/status', content: STATUS2 },
            { path: 'var/lib/dpkg/info/python3-pip.list', content: '/usr/lib/python3/dist-packages\n/usr/lib/python3/dist-packages/pip-23.0.1.dist-info\n/usr/lib/python3/dist-packages/pip-23.0.1.dist-info/METADATA\n' },
            { path: 'usr/lib/python3/dist-packages/pip-23.0.1.dist-info/METADATA', content: 'Name: pip\nVersion: 23.0.1\n' },
          ],
        },
        {
          entries: [
            { path: 'opt/airflow/.local/lib/python3.11/site-packages/tiny_pkg-1.2.0.dist-info/METADATA', content: 'Metadata-Version: 2.1\nName: tiny_pkg\nVersion: 1.2.0\n' },
            { path: 'opt/airflow/.local/lib/python3.11/site-packages/nover-1.0.dist-info/METADATA', content: 'Metadata-Version: 2.1\nName: nover\n' },
            { path: 'usr/local/lib/node_modules/@scope/thing/package.json', content: '{"name":"@scope/thing","version":"1.0.0"}' },
          ],
        },
      ],
    });
    expect(inv.os).toEqual({ id: 'debian', versionId: '12', versionCodename: 'bookworm' });
    const rows = inv.packages.map((p) => [p.ecosystem, p.name, p.version, p.source?.name ?? null, p.layer?.index, p.managedBy ?? null]);
    expect(rows).toEqual([
      ['Debian', 'libc6', '2.36-9+deb12u14', 'glibc', 1, null],
      ['Debian', 'python3-pip', '23.0.1+dfsg-1', 'python-pip', 1, null],
      ['Debian', 'zlib1g', '1:1.2.13.dfsg-1', 'zlib', 0, null], // unchanged since the base layer
      ['PyPI', 'pip', '23.0.1', null, 1, 'dpkg'],
      ['PyPI', 'tiny_pkg', '1.2.0', null, 2, null],
      ['npm', '@scope/thing', '1.0.0', null, 2, null],
    ]);
    expect(inv.packages[0]!.purl).toBe('pkg:deb/debian/libc6@2.36-9+deb12u14?arch=amd64&distro=debian-12');
    expect(inv.packages[2]!.layer!.digest).toBe(diffIds[0]);
    expect(inv.packages[4]!.purl).toBe('pkg:pypi/tiny-pkg@1.2.0');
    expect(inv.problems).toEqual([
      { file: '/var/lib/dpkg/status', line: 19, message: 'package broken has no Version field; skipped' },
      { file: '/opt/airflow/.local/lib/python3.11/site-packages/nover-1.0.dist-info/METADATA', message: 'Python package nover has no Version in its metadata; skipped' },
    ]);
  });

  it('honours whiteouts, reads status.d, and bounds what it reads', async () => {
    const { inv } = await inventoryOf({
      layers: [
        {
          entries: [
            { path: 'var/lib/dpkg/status.d/base', content: 'Package: base-files\nVersion: 12.4+deb12u5\nArchitecture: amd64\n' },
            { path: 'var/lib/dpkg/status.d/base.md5sums', content: 'x' },
            { path: 'app/node_modules/gone/package.json', content: '{"name":"gone","version":"1.0.0"}' },
            { path: 'app/node_modules/big/package.json', size: 17 << 20 },
          ],
        },
        { entries: [{ path: 'app/node_modules/.wh.gone', content: '' }] },
      ],
    });
    expect(inv.os).toBeUndefined();
    expect(inv.packages.map((p) => `${p.ecosystem}/${p.name}@${p.version} ${p.path}`)).toEqual(['Debian/base-files@12.4+deb12u5 /var/lib/dpkg/status.d/base']);
    expect(inv.problems).toEqual([{ file: '/app/node_modules/big/package.json', message: expect.stringMatching(/larger than the read bound/) }]);
  });
});
