import { lstatSync, openSync, readdirSync, readSync, closeSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Notice } from '@flightcheck/core';
import { OsvIndex } from './db-index.js';
import { OsvRecordError, parseOsvRecord } from './record.js';
import { walkZip, ZipReadError } from './zip.js';

export const METADATA_FILE = 'flightcheck-osv-db.json';

export interface LoadLimits {
  /** JSON bytes read in all (files and uncompressed zip entries); past it loading fails. Default 1 GiB. */
  maxBytes: number;
  /** One record's size at most; larger records are skipped. Default 8 MiB. */
  maxRecordBytes: number;
  /** Files and zip entries looked at, at most. Default 2,000,000. */
  maxFiles: number;
  /** Folder depth walked. Default 8. */
  maxDepth: number;
  /** Skipped-input notices kept (the rest are counted). Default 50. */
  maxNotices: number;
}

export const DEFAULT_LOAD_LIMITS: LoadLimits = {
  maxBytes: 1 << 30,
  maxRecordBytes: 8 << 20,
  maxFiles: 2_000_000,
  maxDepth: 8,
  maxNotices: 50,
};

export interface LoadedDatabase {
  dir: string;
  index: OsvIndex;
  notices: Notice[];
  stats: { files: number; zips: number; records: number; skipped: number; bytes: number };
  /** Archives that could not be read (corrupt, truncated): their records are missing, so each fails the scan alone. */
  unreadable: { file: string; reason: string }[];
}

/** The database cannot be used at all: the scan fails closed with this message. */
export class OsvDatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OsvDatabaseError';
  }
}

export const FETCH_HINT = 'get one with `flightcheck osv-db fetch --ecosystem Debian:12 --ecosystem PyPI --out <dir>` where a network is allowed, then pass --osv-db <dir> (or set FLIGHTCHECK_OSV_DB)';

function readBounded(file: string, size: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}

interface Found {
  json: { path: string; size: number }[];
  zips: string[];
}

function walk(root: string, limits: LoadLimits, note: (file: string, reason: string) => void): Found {
  const found: Found = { json: [], zips: [] };
  let seen = 0;
  const visit = (dir: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      note(dir, `cannot be read (${(e as NodeJS.ErrnoException).code})`);
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (++seen > limits.maxFiles) throw new OsvDatabaseError(`${root}: more than ${limits.maxFiles} files; is --osv-db the right folder?`);
      const st = lstatSync(path);
      if (st.isSymbolicLink()) note(path, 'is a symbolic link; not followed');
      else if (st.isDirectory()) {
        if (depth >= limits.maxDepth) note(path, `deeper than ${limits.maxDepth} levels; not read`);
        else visit(path, depth + 1);
      } else if (!st.isFile()) continue;
      else if (name === METADATA_FILE) continue;
      else if (name.endsWith('.json')) found.json.push({ path, size: st.size });
      else if (name.endsWith('.zip')) found.zips.push(path);
    }
  };
  visit(root, 0);
  return found;
}

/**
 * Loads a folder of OSV records — loose `*.json` files and/or per-ecosystem `all.zip` dumps — into an
 * index, one record at a time. A record that cannot be read is skipped with a notice naming it; a
 * database over the size bound is refused as a whole (a partial database would hide vulnerabilities).
 */
export async function loadOsvDatabase(dir: string, partial: Partial<LoadLimits> = {}): Promise<LoadedDatabase> {
  const limits = { ...DEFAULT_LOAD_LIMITS, ...partial };
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new OsvDatabaseError(`OSV database folder ${dir} does not exist; ${FETCH_HINT}`);
  }
  if (!st.isDirectory()) throw new OsvDatabaseError(`OSV database ${dir} is not a folder; ${FETCH_HINT}`);
  const index = new OsvIndex();
  const notices: Notice[] = [];
  const stats = { files: 0, zips: 0, records: 0, skipped: 0, bytes: 0 };
  const unreadable: { file: string; reason: string }[] = [];
  let hidden = 0;
  /** `file` may be `<zip>!<entry>`: the entry name is shown as written in the archive. */
  const note = (file: string, reason: string, level: Notice['level'] = 'warning') => {
    stats.skipped++;
    const bang = file.indexOf('.zip!');
    const shown = bang < 0 ? relative(dir, file) || file : `${relative(dir, file.slice(0, bang + 4))}${file.slice(bang + 4)}`;
    if (notices.length < limits.maxNotices) notices.push({ level, message: `skipped ${shown}: ${reason}`, location: { file } });
    else hidden++;
  };
  const tooBig = () =>
    new OsvDatabaseError(`OSV database ${dir} holds more than ${limits.maxBytes} bytes of JSON (the --max-db-bytes bound); refusing a partial database. Point --osv-db at the ecosystems you need, or raise the bound`);
  /** `file` is a function for zip entries: the `<zip>!<entry>` name is only built for a notice. */
  const add = (file: string | (() => string), text: Buffer) => {
    try {
      if (index.add(parseOsvRecord(text.toString('utf8')))) stats.records++;
    } catch (e) {
      if (e instanceof OsvRecordError) note(typeof file === 'string' ? file : file(), `malformed OSV record: ${e.reason}`);
      else throw e;
    }
  };

  const found = walk(dir, limits, note);
  const looseBytes = found.json.reduce((n, f) => n + (f.size <= limits.maxRecordBytes ? f.size : 0), 0);
  if (looseBytes > limits.maxBytes) throw tooBig();
  for (const f of found.json) {
    stats.files++;
    if (f.size > limits.maxRecordBytes) {
      note(f.path, `is ${f.size} bytes, over the ${limits.maxRecordBytes}-byte bound for one record`);
      continue;
    }
    stats.bytes += f.size;
    add(f.path, readBounded(f.path, f.size));
  }
  for (const zip of found.zips) {
    stats.zips++;
    let over = false;
    try {
      await walkZip(
        zip,
        {
          maxEntryBytes: limits.maxRecordBytes,
          maxEntries: limits.maxFiles,
          reserve: (bytes) => {
            stats.bytes += bytes;
            over = stats.bytes > limits.maxBytes;
            return !over;
          },
        },
        {
          wanted: (name) => name.endsWith('.json'),
          entry: (name, data) => {
            stats.files++;
            add(() => `${zip}!${name}`, data);
          },
          skip: (name, reason) => note(`${zip}!${name}`, reason),
        },
      );
    } catch (e) {
      if (e instanceof ZipReadError) {
        note(zip, e.message.slice(zip.length + 2), 'error');
        unreadable.push({ file: zip, reason: e.message.slice(zip.length + 2) });
      }
      else throw e;
    }
    if (over) throw tooBig();
  }
  if (hidden) notices.push({ level: 'warning', message: `${hidden} more inputs of the OSV database were skipped (see above for the first ${limits.maxNotices})` });
  if (index.size === 0) {
    throw new OsvDatabaseError(`OSV database ${dir} has no usable records (${stats.files} files read, ${stats.skipped} skipped); ${FETCH_HINT}`);
  }
  return { dir, index, notices, stats, unreadable };
}
