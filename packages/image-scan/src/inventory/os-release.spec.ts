import { describe, expect, it } from 'vitest';
import { debianEcosystem, parseOsRelease } from './os-release.js';

describe('parseOsRelease', () => {
  it("reads Debian bookworm's file", () => {
    const text = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\n# comment\n';
    const os = parseOsRelease(text);
    expect(os).toEqual({ id: 'debian', versionId: '12', versionCodename: 'bookworm', prettyName: 'Debian GNU/Linux 12 (bookworm)' });
    expect(debianEcosystem(os)).toBe('Debian:12');
  });
  it('needs an ID and knows only Debian for OSV', () => {
    expect(parseOsRelease('NAME=x\n')).toBeUndefined();
    expect(debianEcosystem(parseOsRelease("ID='alpine'\nVERSION_ID=3.20.1"))).toBeUndefined();
    expect(debianEcosystem(parseOsRelease('ID=debian\n'))).toBeUndefined(); // sid / testing: no number
    expect(debianEcosystem(parseOsRelease('ID=debian\nVERSION_ID="11.9"'))).toBe('Debian:11');
  });
});
