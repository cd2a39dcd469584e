import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * flightcheck.yaml as an earlier run read and validated it, kept in the user's cache folder. Every command of a
 * gate run reads the same policy, and `yaml`'s Document API with the schema's validation is ~10–20 ms of a
 * ~250 ms command (all of it cold code). An entry answers only for the same path with exactly the same text,
 * validated by the same schema (its fingerprint is part of the entry), so what it returns is what reading the
 * file would return; anything else, an unreadable or malformed entry included, reads the file afresh. Writing is
 * best effort (a read-only or missing cache folder only costs the parse) and atomic (a temporary file renamed).
 * `FLIGHTCHECK_NO_POLICY_CACHE=1` switches it off.
 */

/** FNV-1a, 32 bits, as 8 hex digits: names an entry and fingerprints the schema (not a security boundary). */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

interface Entry {
  format: 1;
  schema: string;
  path: string;
  text: string;
  data: unknown;
}

function cacheDir(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'flightcheck', 'policy');
}

const enabled = (env: NodeJS.ProcessEnv) => !env.FLIGHTCHECK_NO_POLICY_CACHE;
const entryFile = (path: string, env: NodeJS.ProcessEnv) => join(cacheDir(env), `${fnv1a(path)}.json`);

/** The data of a cached read of `path` with this `text` under schema `schema`, or undefined. */
export function cachedPolicy(path: string, text: string, schema: string, env: NodeJS.ProcessEnv = process.env): { data: unknown } | undefined {
  if (!enabled(env)) return undefined;
  let entry: Partial<Entry>;
  try {
    entry = JSON.parse(readFileSync(entryFile(path, env), 'utf8')) as Partial<Entry>;
  } catch {
    return undefined;
  }
  if (entry === null || typeof entry !== 'object' || entry.format !== 1 || entry.schema !== schema || entry.path !== path || entry.text !== text || !('data' in entry)) return undefined;
  return { data: entry.data };
}

/** JSON keeps exactly these values (no NaN or Infinity, no Date, no undefined): only such data is cached. */
function jsonExact(v: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) return v.every((x) => jsonExact(x, depth + 1));
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    for (const k of Object.keys(v)) if (k === '__proto__' || !jsonExact((v as Record<string, unknown>)[k], depth + 1)) return false;
    return true;
  }
  return false;
}

/** Records a successful read and validation of `path` (best effort: any failure leaves no entry). */
export function rememberPolicy(path: string, text: string, schema: string, data: unknown, env: NodeJS.ProcessEnv = process.env): void {
  if (!enabled(env) || !jsonExact(data)) return;
  const file = entryFile(path, env);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(cacheDir(env), { recursive: true, mode: 0o700 });
    const entry: Entry = { format: 1, schema, path, text, data };
    writeFileSync(tmp, JSON.stringify(entry), { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    // no entry this time
  }
}
