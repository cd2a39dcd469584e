import { describe, expect, it } from 'vitest';
import { changesSince, MAX_ENTRIES, parseChangelog } from './changelog.js';

const LOG = `openssl (3.0.22-1~deb12u2) bookworm-security; urgency=high

  * CVE-2026-84782 ("DTLS Retransmits Handshake Messages")
  * CVE-2026-35189 and CVE-2026-84782 again

 -- A Maintainer <a@example.org>  Wed, 21 Oct 2026 16:54:24 +0700

openssl (3.0.22-1~deb12u1) bookworm-security; urgency=medium

  * Import 3.0.22, fixes CVE-2026-42767

 -- A Maintainer <a@example.org>  Wed, 23 Sep 2026 10:52:17 +0700

openssl (3.0.20-1~deb12u2) bookworm-security; urgency=medium

  * CVE-2026-7383

 -- A Maintainer <a@example.org>  Wed, 01 Jul 2026 10:52:17 +0700
`;

describe('parseChangelog', () => {
  it('reads each entry: version, distributions, urgency and the CVE ids named in its text', () => {
    const entries = parseChangelog(LOG);
    expect(entries.map((e) => [e.version, e.urgency, e.cves])).toEqual([
      ['3.0.22-1~deb12u2', 'high', ['CVE-2026-84782', 'CVE-2026-35189']],
      ['3.0.22-1~deb12u1', 'medium', ['CVE-2026-42767']],
      ['3.0.20-1~deb12u2', 'medium', ['CVE-2026-7383']],
    ]);
    expect(entries[0]!.distributions).toEqual(['bookworm-security']);
    expect(entries[1]!.line).toBe(8);
  });

  it('ignores CVE ids outside an entry and caps the number of entries', () => {
    expect(parseChangelog('CVE-2020-0001 before any entry\n')).toEqual([]);
    const many = 'p (1.0-1) unstable; urgency=low\n\n  * x\n\n'.repeat(MAX_ENTRIES + 10);
    expect(parseChangelog(many)).toHaveLength(MAX_ENTRIES);
  });
});

describe('changesSince', () => {
  it('takes the entries after the installed version up to the fixed one, with the highest urgency', () => {
    expect(changesSince(parseChangelog(LOG), '3.0.20-1~deb12u2', '3.0.22-1~deb12u2')).toEqual({
      cves: ['CVE-2026-84782', 'CVE-2026-35189', 'CVE-2026-42767'],
      urgency: 'high',
      versions: ['3.0.22-1~deb12u2', '3.0.22-1~deb12u1'],
    });
    expect(changesSince(parseChangelog(LOG), '3.0.22-1~deb12u1', '3.0.22-1~deb12u2').cves).toEqual(['CVE-2026-84782', 'CVE-2026-35189']);
    expect(changesSince(parseChangelog(LOG), '3.0.22-1~deb12u2', '3.0.22-1~deb12u2')).toEqual({ cves: [], urgency: 'low', versions: [] });
  });
});
