import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeImageArchive } from '@flightcheck/oci/testing';

export const STATUS = 'Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nSource: glibc\nVersion: 2.36-9+deb12u3\n\nPackage: zlib1g\nStatus: install ok installed\nArchitecture: amd64\nSource: zlib\nVersion: 1:1.2.13.dfsg-1\n';

/** A small Debian 12 image archive with two Debian packages and one user-installed Python package. */
export async function smallImage(dir = mkdtempSync(join(tmpdir(), 'scan-img-'))): Promise<string> {
  const file = join(dir, 'image.tar');
  await writeImageArchive(file, {
    repoTag: 'test/small:1',
    layers: [
      { entries: [{ path: 'etc/os-release', content: 'ID=debian\nVERSION_ID="12"\n' }, { path: 'var/lib/dpkg/status', content: STATUS }] },
      { entries: [{ path: 'opt/airflow/.local/lib/python3.11/site-packages/requests-2.30.0.dist-info/METADATA', content: 'Name: requests\nVersion: 2.30.0\n' }] },
    ],
  });
  return file;
}

export const GLIBC = { id: 'DSA-5611-1', modified: '2026-01-05T00:00:00Z', upstream: ['CVE-2023-6246'], affected: [{ package: { ecosystem: 'Debian:12', name: 'glibc' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.36-9+deb12u4' }] }], ecosystem_specific: { urgency: 'high' } }] };
export const REQUESTS = { id: 'PYSEC-2023-74', modified: '2026-01-05T00:00:00Z', aliases: ['CVE-2023-32681'], affected: [{ package: { ecosystem: 'PyPI', name: 'requests' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.3.0' }, { fixed: '2.31.0' }] }], database_specific: { severity: 'MODERATE' } }] };

/** A database folder of the given records, with a fetch-metadata file dated `fetchedAt` when given. */
export function osvDb(records: object[], fetchedAt?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'scan-db-'));
  mkdirSync(join(dir, 'records'));
  for (const r of records) writeFileSync(join(dir, 'records', `${(r as { id: string }).id}.json`), JSON.stringify(r));
  if (fetchedAt) writeFileSync(join(dir, 'flightcheck-osv-db.json'), JSON.stringify({ fetchedAt, ecosystems: [] }));
  return dir;
}

/** A fake `trivy` that prints a version and replays `report` (a file), or runs `body`. */
export function fakeTrivy(opts: { report?: string; body?: string }): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fake-trivy-'));
  const path = join(dir, 'trivy');
  const body = opts.body ?? `cat "${opts.report}"`;
  writeFileSync(path, `#!/bin/sh\nif [ "$1" = "--version" ]; then echo "Version: 0.74.0"; exit 0; fi\necho "$@" > "${dir}/args"\n${body}\n`);
  chmodSync(path, 0o755);
  return { dir, path };
}
