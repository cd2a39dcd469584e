import { describe, expect, it } from 'vitest';
import { IndexFormatError, MAX_STANZAS, parsePackagesIndex, releaseChecksum, stanzas } from './deb822.js';

const INDEX = `Package: libssl3
Source: openssl
Version: 3.0.20-1~deb12u2
Architecture: amd64
Filename: pool/main/o/openssl/libssl3_3.0.20-1~deb12u2_amd64.deb
Size: 2030000
SHA256: ${'a'.repeat(64)}
Description: Secure Sockets Layer toolkit
 continuation line

Package: libssl3
Source: openssl
Version: 3.0.22-1~deb12u2
Filename: pool/updates/main/o/openssl/libssl3_3.0.22-1~deb12u2_amd64.deb

Package: libc6
Source: glibc (2.36-9+deb12u4)
Version: 2.36-9+deb12u4+b1

Package: Bad_Name
Version: 1

Package: evil
Version: 1.0
Filename: ../../etc/passwd
`;

describe('parsePackagesIndex', () => {
  it('keeps the newest version per binary, with its source and where to fetch it', () => {
    const { packages, skipped } = parsePackagesIndex(INDEX, 'Packages');
    expect(packages.get('libssl3')).toEqual({ name: 'libssl3', version: '3.0.22-1~deb12u2', source: { name: 'openssl', version: '3.0.22-1~deb12u2' }, filename: 'pool/updates/main/o/openssl/libssl3_3.0.22-1~deb12u2_amd64.deb' });
    expect(packages.get('libc6')!.source).toEqual({ name: 'glibc', version: '2.36-9+deb12u4' });
    expect(skipped).toBe(1);
  });

  it('drops a Filename that climbs out of the mirror', () => {
    expect(parsePackagesIndex(INDEX, 'Packages').packages.get('evil')!.filename).toBeUndefined();
  });

  it('refuses an index with more stanzas than any Debian suite has', () => {
    const huge = 'Package: a\nVersion: 1\n\n'.repeat(MAX_STANZAS + 1);
    expect(() => parsePackagesIndex(huge, 'Packages')).toThrow(IndexFormatError);
  });

  it('reads stanzas with CRLF line ends', () => {
    expect([...stanzas('Package: a\r\nVersion: 1\r\n\r\nPackage: b\r\n')].map((s) => s.get('package'))).toEqual(['a', 'b']);
  });
});

describe('releaseChecksum', () => {
  const inRelease = `-----BEGIN PGP SIGNED MESSAGE-----
Hash: SHA512

Origin: Debian
Date: Mon, 30 Nov 2026 00:22:33 UTC
MD5Sum:
 ${'0'.repeat(32)} 100 main/binary-amd64/Packages.xz
SHA256:
 ${'1'.repeat(64)} 2000 main/binary-amd64/Packages
 ${'2'.repeat(64)} 300 main/binary-amd64/Packages.xz
-----BEGIN PGP SIGNATURE-----
`;
  it('finds the SHA256 line of a path, not its MD5 line', () => {
    expect(releaseChecksum(inRelease, 'main/binary-amd64/Packages.xz')).toEqual({ sha256: '2'.repeat(64), size: 300 });
    expect(releaseChecksum(inRelease, 'main/binary-arm64/Packages.xz')).toBeUndefined();
  });
});
