import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLIBC, osvDb, smallImage } from '../../test/support/fixtures.js';
import { inventoryOf, runBuiltin, UNREADABLE_ARCHIVE_RULE } from './engine.js';

describe('built-in engine', () => {
  it('reads the inventory of an archive with the image id', async () => {
    const { inventory, imageId } = await inventoryOf({ archive: await smallImage() });
    expect(imageId).toMatch(/^sha256:/);
    expect(inventory.packages.map((p) => p.name)).toEqual(['libc6', 'zlib1g', 'requests']);
  });
  it('refuses to run without a database', async () => {
    await expect(runBuiltin({ archive: await smallImage(), maxDbAgeDays: 7, allowStaleDb: false })).rejects.toThrow(/no OSV database is configured/);
  });
  it('reports the ecosystems the database lacks as an error', async () => {
    const out = await runBuiltin({ archive: await smallImage(), osvDb: osvDb([GLIBC], new Date().toISOString()), maxDbAgeDays: 7, allowStaleDb: false });
    expect(out.error).toMatch(/no records for PyPI/);
    expect(out.findings.map((f) => f.ruleId)).toEqual(['CVE-2023-6246']);
  });
  it('a corrupt OSV archive is one failing finding of its own; the other records still match', async () => {
    const db = osvDb([GLIBC], new Date().toISOString());
    writeFileSync(join(db, 'PyPI.zip'), 'PK\x03\x04 truncated, not a zip');
    const out = await runBuiltin({ archive: await smallImage(), osvDb: db, maxDbAgeDays: 7, allowStaleDb: false });
    expect(out.findings.map((f) => [f.ruleId, f.severity, f.status])).toEqual([
      ['CVE-2023-6246', expect.any(String), 'fail'],
      [UNREADABLE_ARCHIVE_RULE, 'high', 'fail'],
    ]);
    expect(out.findings[1]!.message).toMatch(/PyPI\.zip could not be read .*not checked/);
  });
});
