import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { DEBIAN_KEYRING, debChangelog, verifyInRelease, xzDecompress } from './extract.js';

const dir = mkdtempSync(join(tmpdir(), 'fc-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function deb(name: string, docFile?: string): string {
  const tree = join(dir, `${name}-tree`);
  mkdirSync(join(tree, 'DEBIAN'), { recursive: true });
  writeFileSync(join(tree, 'DEBIAN', 'control'), `Package: ${name}\nVersion: 1.0-1\nArchitecture: all\nMaintainer: t <t@example.org>\nDescription: t\n`);
  if (docFile) {
    mkdirSync(join(tree, 'usr', 'share', 'doc', name), { recursive: true });
    writeFileSync(join(tree, 'usr', 'share', 'doc', name, docFile), gzipSync(`${name} (1.0-1) unstable; urgency=low\n\n  * fixes CVE-2026-0001\n`));
  }
  const file = join(dir, `${name}.deb`);
  execFileSync('dpkg-deb', ['--root-owner-group', '-b', tree, file], { stdio: 'ignore' });
  return file;
}

describe('xzDecompress', () => {
  it('decompresses with xz, bounded in output', async () => {
    writeFileSync(join(dir, 'p'), 'Package: a\n'.repeat(1000));
    execFileSync('xz', ['-kf', join(dir, 'p')]);
    expect(await xzDecompress(join(dir, 'p.xz'), 1 << 20)).toBe('Package: a\n'.repeat(1000));
    await expect(xzDecompress(join(dir, 'p.xz'), 100)).rejects.toThrow();
  });
});

describe('debChangelog', () => {
  it("reads a package's changelog.Debian.gz, or a native package's changelog.gz", async () => {
    expect(await debChangelog(deb('withlog', 'changelog.Debian.gz'), 'withlog')).toContain('CVE-2026-0001');
    expect(await debChangelog(deb('native', 'changelog.gz'), 'native')).toContain('native (1.0-1)');
  });

  it('is undefined for a package without a changelog of its own, and refuses a bad name', async () => {
    expect(await debChangelog(deb('nolog'), 'nolog')).toBeUndefined();
    await expect(debChangelog(join(dir, 'x.deb'), '../etc')).rejects.toThrow(/not a Debian package name/);
  });
});

describe('verifyInRelease', () => {
  it('says when it cannot verify, and throws on a file that is not signed by Debian', async () => {
    writeFileSync(join(dir, 'InRelease'), 'Origin: Debian\n');
    expect(await verifyInRelease(join(dir, 'InRelease'), join(dir, 'no-keyring.gpg'))).toEqual({ verified: false, reason: expect.stringContaining('no-keyring.gpg') });
    if (existsSync(DEBIAN_KEYRING) && existsSync('/usr/bin/gpgv')) await expect(verifyInRelease(join(dir, 'InRelease'))).rejects.toThrow(/does not verify/);
  });
});
