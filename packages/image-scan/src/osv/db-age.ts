import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readTextInput } from '@flightcheck/core';
import { METADATA_FILE, OsvDatabaseError, FETCH_HINT } from './load.js';

export interface DbMetadata {
  /** ISO time the dumps were downloaded. */
  fetchedAt: string;
  ecosystems: { ecosystem: string; url: string; file: string; bytes: number; sha256: string }[];
}

export interface DbAge {
  /** The date the database is as fresh as. */
  asOf: Date;
  source: 'metadata' | 'newest record';
}

/** Reads the metadata file `osv-db fetch` writes, if there is one. */
export function readDbMetadata(dir: string): DbMetadata | undefined {
  const file = join(dir, METADATA_FILE);
  if (!existsSync(file)) return undefined;
  const data = JSON.parse(readTextInput(file, { maxBytes: 1 << 20 })) as Partial<DbMetadata>;
  if (typeof data.fetchedAt !== 'string' || Number.isNaN(Date.parse(data.fetchedAt))) throw new OsvDatabaseError(`${file}: no valid fetchedAt; fetch the database again`);
  return { fetchedAt: data.fetchedAt, ecosystems: Array.isArray(data.ecosystems) ? data.ecosystems : [] };
}

/** The database's age: the fetch time, else the newest `modified` of its records. */
export function databaseAge(meta: DbMetadata | undefined, newestModified: string | undefined): DbAge | undefined {
  if (meta) return { asOf: new Date(meta.fetchedAt), source: 'metadata' };
  if (newestModified && !Number.isNaN(Date.parse(newestModified))) return { asOf: new Date(newestModified), source: 'newest record' };
  return undefined;
}

const DAY = 86_400_000;

/**
 * Refuses a database older than `maxAgeDays` (or of unknown age) unless `allowStale`: an old database
 * misses every vulnerability published since, and a green gate would say otherwise.
 */
export function checkDatabaseAge(dir: string, age: DbAge | undefined, opts: { maxAgeDays: number; allowStale: boolean; now?: Date }): string | undefined {
  const now = opts.now ?? new Date();
  if (!age) {
    const msg = `the age of OSV database ${dir} is unknown (no ${METADATA_FILE} and no record has a "modified" date)`;
    if (opts.allowStale) return `${msg}; used because --allow-stale-db was given`;
    throw new OsvDatabaseError(`${msg}; pass --allow-stale-db to use it anyway, or ${FETCH_HINT}`);
  }
  const days = Math.floor((now.getTime() - age.asOf.getTime()) / DAY);
  if (days <= opts.maxAgeDays) return undefined;
  const msg = `OSV database ${dir} is ${days} days old (${age.source} ${age.asOf.toISOString().slice(0, 10)}), older than --max-db-age ${opts.maxAgeDays} days`;
  if (opts.allowStale) return `${msg}; used because --allow-stale-db was given`;
  throw new OsvDatabaseError(`${msg}; refresh it (${FETCH_HINT}) or pass --allow-stale-db`);
}
