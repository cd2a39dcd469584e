import { describe, expect, it } from 'vitest';
import { findMirror, listSuites, parseDeb822, parseOneLine } from './apt-sources.mjs';

// Host names below are placeholders of the reserved .example domain.
const deb822 = `Types: deb
# a comment inside the stanza
URIs: http://mirror.example/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://mirror.example/debian-security
Suites: bookworm-security
Components: main

Types: deb
URIs: http://disabled.example/debian
Suites: trixie
Components: main
Enabled: no
`;

describe('parseDeb822', () => {
  it('reads every stanza with its fields', () => {
    const entries = parseDeb822(deb822);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({
      types: ['deb'],
      uris: ['http://mirror.example/debian'],
      suites: ['bookworm', 'bookworm-updates'],
      signedBy: '/usr/share/keyrings/debian-archive-keyring.gpg',
      enabled: true,
    });
    expect(entries[2].enabled).toBe(false);
  });

  it('ignores an inline key block as Signed-By path', () => {
    const text = 'Types: deb\nURIs: http://a.example/debian\nSuites: sid\nSigned-By:\n -----BEGIN PGP PUBLIC KEY BLOCK-----\n .\n';
    expect(parseDeb822(text)[0].signedBy).toBeUndefined();
  });
});

describe('parseOneLine', () => {
  it('reads options, uri, suite and components', () => {
    const [entry] = parseOneLine('deb [arch=amd64 signed-by=/k.gpg] http://a.example/debian/ bookworm main contrib # note\n');
    expect(entry).toMatchObject({ uris: ['http://a.example/debian/'], suites: ['bookworm'], components: ['main', 'contrib'], signedBy: '/k.gpg' });
  });

  it('skips comments and deb-src is kept but not used as a mirror', () => {
    const entries = parseOneLine('# deb http://x.example/debian bookworm main\ndeb-src http://y.example/debian bookworm main\n');
    expect(entries).toHaveLength(1);
    expect(findMirror(entries, 'bookworm')).toBeNull();
  });
});

describe('findMirror', () => {
  it('matches the suite exactly and strips a trailing slash', () => {
    const entries = [...parseOneLine('deb http://b.example/debian/ bookworm main'), ...parseDeb822(deb822)];
    expect(findMirror(entries, 'bookworm')).toEqual({ uri: 'http://b.example/debian', signedBy: undefined });
    expect(findMirror(parseDeb822(deb822), 'bookworm-security').uri).toBe('http://mirror.example/debian-security');
  });

  it('skips disabled entries and returns null on a miss', () => {
    expect(findMirror(parseDeb822(deb822), 'trixie')).toBeNull();
    expect(listSuites(parseDeb822(deb822))).toEqual(['bookworm', 'bookworm-updates', 'bookworm-security']);
  });
});
