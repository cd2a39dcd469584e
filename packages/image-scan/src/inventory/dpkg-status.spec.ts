import { describe, expect, it } from 'vitest';
import { parseDpkgStatus } from './dpkg-status.js';

const STATUS = `Package: libc6
Status: install ok installed
Priority: optional
Architecture: amd64
Multi-Arch: same
Source: glibc
Version: 2.36-9+deb12u14
Description: GNU C Library: Shared libraries
 Contains the standard libraries that are used by nearly all programs on
 the system.

Package: zlib1g
Status: install ok installed
Architecture: amd64
Source: zlib
Version: 1:1.2.13.dfsg-1

Package: libssl3
Status: install ok installed
Architecture: amd64
Source: openssl (3.0.20-1~deb12u2)
Version: 3.0.20-1~deb12u2+b1

Package: bash
Status: install ok installed
Architecture: amd64
Version: 5.2.15-2+b7
Source: bash (5.2.15-2)

Package: removed-thing
Status: deinstall ok config-files
Version: 1.0-1

Package: dash
Status: install ok installed
Version: 0.5.12-2
`;

describe('parseDpkgStatus', () => {
  it('reads installed packages with their source package and version', () => {
    const { packages, problems } = parseDpkgStatus(STATUS, '/var/lib/dpkg/status');
    expect(problems).toEqual([]);
    expect(packages.map((p) => [p.name, p.version, p.source.name, p.source.version, p.arch ?? null])).toEqual([
      ['libc6', '2.36-9+deb12u14', 'glibc', '2.36-9+deb12u14', 'amd64'],
      ['zlib1g', '1:1.2.13.dfsg-1', 'zlib', '1:1.2.13.dfsg-1', 'amd64'],
      ['libssl3', '3.0.20-1~deb12u2+b1', 'openssl', '3.0.20-1~deb12u2', 'amd64'],
      ['bash', '5.2.15-2+b7', 'bash', '5.2.15-2', 'amd64'],
      ['dash', '0.5.12-2', 'dash', '0.5.12-2', null],
    ]);
    expect(packages[1]!.line).toBe(12);
  });

  it('skips broken stanzas with a problem naming the line, and reads the rest', () => {
    const text = `Package: good\nStatus: install ok installed\nVersion: 1.0-1\n\nStatus: install ok installed\nVersion: 2.0\n\nPackage: noversion\nStatus: install ok installed\n\nPackage: badversion\nVersion: not a version!\n\ngarbage line\nPackage: weird\nVersion: 1.0\nSource: (((\n\n continuation\n`;
    const { packages, problems } = parseDpkgStatus(text, 'status');
    expect(packages.map((p) => p.name)).toEqual(['good', 'weird']);
    expect(problems).toEqual([
      { file: 'status', line: 5, message: 'stanza without a valid Package field; skipped' },
      { file: 'status', line: 8, message: 'package noversion has no Version field; skipped' },
      { file: 'status', line: 11, message: 'package badversion has an invalid Version "not a version!"; skipped' },
      { file: 'status', line: 14, message: 'not a "Field: value" line: "garbage line"; ignored' },
      { file: 'status', line: 15, message: 'package weird has an invalid Source field "((("; its binary name is used' },
      { file: 'status', line: 19, message: 'continuation line outside a field; ignored' },
    ]);
  });

  it('handles CRLF and an empty file', () => {
    expect(parseDpkgStatus('Package: a\r\nVersion: 1\r\n', 'f').packages).toHaveLength(1);
    expect(parseDpkgStatus('', 'f')).toEqual({ packages: [], problems: [] });
  });
});
