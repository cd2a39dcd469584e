import { openImageArchive, saveImage, type ImageArchive } from '@flightcheck/oci';
import type { Coverage, Finding, Notice } from '@flightcheck/core';
import { collectInventory } from '../inventory/collect.js';
import type { Inventory } from '../inventory/types.js';
import { checkDatabaseAge, databaseAge, readDbMetadata } from '../osv/db-age.js';
import { FETCH_HINT, loadOsvDatabase, OsvDatabaseError, type LoadLimits } from '../osv/load.js';
import { matchInventory } from './match-inventory.js';

export interface ImageSubject {
  image?: string;
  archive?: string;
}

/** Opens the image to read: an archive as given, or `docker save` of a reference into a temporary file. */
export async function withImageArchive<T>(subject: ImageSubject, fn: (archive: ImageArchive) => Promise<T>): Promise<T> {
  if (subject.archive) return fn(await openImageArchive(subject.archive));
  const saved = await saveImage(subject.image!);
  try {
    return await fn(await openImageArchive(saved.file));
  } finally {
    saved.cleanup();
  }
}

/** Reads an image's inventory (for `flightcheck sbom` and the built-in scan). */
export async function inventoryOf(subject: ImageSubject): Promise<{ inventory: Inventory; imageId?: string }> {
  return withImageArchive(subject, async (archive) => ({ inventory: await collectInventory(archive), ...(archive.configDigest ? { imageId: archive.configDigest } : {}) }));
}

export interface BuiltinOptions extends ImageSubject {
  osvDb?: string;
  maxDbAgeDays: number;
  allowStaleDb: boolean;
  limits?: Partial<LoadLimits>;
  now?: Date;
  log?: (text: string) => void;
}

export interface BuiltinOutcome {
  findings: Finding[];
  notices: Notice[];
  /** Set when the scan cannot vouch for the image (fail closed). */
  error?: string;
  inventory: Inventory;
  /** Which ecosystems were matched against the OSV database, and which were not. */
  coverage: Coverage[];
}

/**
 * The built-in engine: the image's inventory matched against an offline OSV database. Without a usable,
 * fresh database it throws OsvDatabaseError: it never reports "no vulnerabilities" for lack of data.
 */
export async function runBuiltin(opts: BuiltinOptions): Promise<BuiltinOutcome> {
  if (!opts.osvDb) throw new OsvDatabaseError(`no OSV database is configured for the built-in scanner; ${FETCH_HINT}`);
  const started = Date.now();
  const db = await loadOsvDatabase(opts.osvDb, opts.limits);
  const notices: Notice[] = [...db.notices];
  const stale = checkDatabaseAge(opts.osvDb, databaseAge(readDbMetadata(opts.osvDb), db.index.newestModified), {
    maxAgeDays: opts.maxDbAgeDays,
    allowStale: opts.allowStaleDb,
    ...(opts.now ? { now: opts.now } : {}),
  });
  if (stale) notices.push({ level: 'warning', message: stale });
  opts.log?.(`image-scan: ${db.index.size} OSV records loaded from ${opts.osvDb} in ${Date.now() - started} ms\n`);
  const { inventory } = await inventoryOf(opts);
  for (const p of inventory.problems) notices.push({ level: 'warning', message: `skipped part of ${p.file}: ${p.message}`, location: { file: p.file, ...(p.line ? { line: p.line } : {}) } });
  const matched = matchInventory(inventory, db.index);
  notices.push(...matched.notices);
  const counts = { Debian: 0, PyPI: 0, npm: 0 };
  for (const p of inventory.packages) counts[p.ecosystem]++;
  const os = inventory.os ? `${inventory.os.id} ${inventory.os.versionId ?? '?'}` : 'an unknown OS';
  notices.push({ level: 'info', message: `${os}: ${counts.Debian} Debian, ${counts.PyPI} Python and ${counts.npm} npm packages; ${matched.packagesChecked} checked against ${db.index.size} OSV records (${db.index.withdrawn} withdrawn skipped)` });
  const missing = new Set(matched.missingEcosystems.map((e) => e.split(':')[0]));
  const coverage: Coverage[] = (Object.keys(counts) as (keyof typeof counts)[])
    .filter((e) => counts[e] > 0)
    .map((e) => ({ ecosystem: e, packages: counts[e], source: missing.has(e) ? 'none' : `OSV database ${opts.osvDb}`, covered: !missing.has(e) }));
  const out: BuiltinOutcome = { findings: matched.findings, notices, inventory, coverage };
  if (matched.missingEcosystems.length) {
    const list = matched.missingEcosystems.join(', ');
    out.error = `the OSV database ${opts.osvDb} has no records for ${list}, so those packages could not be checked; add them with \`flightcheck osv-db fetch ${matched.missingEcosystems.map((e) => `--ecosystem ${e}`).join(' ')} --out ${opts.osvDb}\``;
  }
  const debianPkgs = counts.Debian > 0 && !inventory.os;
  if (debianPkgs) out.error = 'the image has Debian packages but no /etc/os-release: the Debian release to match them against is unknown';
  return out;
}
