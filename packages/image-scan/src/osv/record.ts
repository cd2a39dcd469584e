/**
 * OSV records (ossf/osv-schema), validated as hostile input and reduced to what matching needs: a
 * 200,000-record database must fit in memory, so `details`, credits and the like are dropped.
 */
import { jsonNestingLine, jsonNestingReason } from '@flightcheck/core';
export type RangeEvent = { introduced: string } | { fixed: string } | { last_affected: string } | { limit: string };

export interface OsvRange {
  type: 'SEMVER' | 'ECOSYSTEM' | 'GIT';
  events: RangeEvent[];
}

export interface OsvSeverity {
  type: string;
  score: string;
}

/** One `affected[]` entry of a record, for one package. */
export interface OsvAffected {
  ecosystem: string;
  name: string;
  ranges: OsvRange[];
  versions: string[];
  severity: OsvSeverity[];
  /** `database_specific.severity` or Debian's `ecosystem_specific.urgency`. */
  textSeverity?: string;
}

export interface OsvRecord {
  id: string;
  modified?: string;
  withdrawn?: string;
  aliases: string[];
  upstream: string[];
  summary?: string;
  severity: OsvSeverity[];
  textSeverity?: string;
  references: string[];
  affected: OsvAffected[];
}

export class OsvRecordError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'OsvRecordError';
  }
}

const MAX_LIST = 10_000;
const MAX_STRING = 4096;

type Json = Record<string, unknown>;

/**
 * Loading is the hot path of a scan (200,000 records): the checks below take a fast path for valid
 * input and build the message (`what`, a function) only for an error; empty lists share one frozen
 * array, `introduced: "0"` one frozen event, and the few distinct ecosystem and severity-type strings
 * one copy each, so that the records kept in memory are fewer, smaller objects.
 */
const EMPTY = Object.freeze([]) as unknown as never[];
const INTRODUCED_0 = Object.freeze({ introduced: '0' }) as RangeEvent;
const interned = new Map<string, string>();
function intern(s: string): string {
  const known = interned.get(s);
  if (known !== undefined) return known;
  if (interned.size < 4096 && s.length <= 64) interned.set(s, s);
  return s;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function badString(v: unknown, what: string, required: boolean): string | undefined {
  if (v === undefined || v === null) {
    if (required) throw new OsvRecordError(`${what} is missing`);
    return undefined;
  }
  if (typeof v !== 'string') throw new OsvRecordError(`${what} must be a string`);
  throw new OsvRecordError(`${what} is longer than ${MAX_STRING} characters`);
}

function str(v: unknown, what: () => string, required = false): string | undefined {
  if (typeof v === 'string' && v.length <= MAX_STRING) return v;
  return badString(v, what(), required);
}

function need(v: unknown, what: () => string): string {
  if (typeof v === 'string' && v.length <= MAX_STRING) return v;
  return badString(v, what(), true)!;
}

function list(v: unknown, what: () => string): unknown[] {
  if (Array.isArray(v) && v.length <= MAX_LIST) return v;
  if (v === undefined || v === null) return EMPTY;
  if (!Array.isArray(v)) throw new OsvRecordError(`${what()} must be an array`);
  throw new OsvRecordError(`${what()} has more than ${MAX_LIST} entries`);
}

function strings(v: unknown, what: () => string): string[] {
  const l = list(v, what);
  if (l.length === 0) return EMPTY;
  const out = new Array<string>(l.length);
  for (let i = 0; i < l.length; i++) out[i] = need(l[i], () => `${what()}[${i}]`);
  return out;
}

function severities(v: unknown, what: () => string): OsvSeverity[] {
  const l = list(v, what);
  if (l.length === 0) return EMPTY;
  const out = new Array<OsvSeverity>(l.length);
  for (let i = 0; i < l.length; i++) {
    const s = l[i];
    if (!isObject(s)) throw new OsvRecordError(`${what()}[${i}] must be an object`);
    out[i] = { type: intern(need(s.type, () => `${what()}[${i}].type`)), score: need(s.score, () => `${what()}[${i}].score`) };
  }
  return out;
}

const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'] as const;

function events(v: unknown, what: () => string): RangeEvent[] {
  const l = list(v, what);
  const out = new Array<RangeEvent>(l.length);
  let introduced = false;
  for (let i = 0; i < l.length; i++) {
    const e = l[i];
    if (!isObject(e)) throw new OsvRecordError(`${what()}[${i}] must be an object`);
    let key: (typeof EVENT_KEYS)[number] | undefined;
    let count = 0;
    for (const k of EVENT_KEYS) {
      if (e[k] !== undefined) {
        key = k;
        count++;
      }
    }
    if (count !== 1) throw new OsvRecordError(`${what()}[${i}] must have exactly one of introduced, fixed, last_affected, limit`);
    const version = need(e[key!], () => `${what()}[${i}].${key}`);
    if (key === 'introduced') {
      introduced = true;
      out[i] = version === '0' ? INTRODUCED_0 : { introduced: version };
    } else out[i] = { [key!]: version } as RangeEvent;
  }
  if (!introduced) throw new OsvRecordError(`${what()} has no "introduced" event`);
  return out;
}

function rangeType(v: unknown, what: () => string): OsvRange['type'] {
  const type = need(v, what);
  if (type === 'ECOSYSTEM') return 'ECOSYSTEM';
  if (type === 'SEMVER') return 'SEMVER';
  if (type === 'GIT') return 'GIT';
  throw new OsvRecordError(`${what()} ${JSON.stringify(type)} is not SEMVER, ECOSYSTEM or GIT`);
}

function textSeverity(dbSpecific: unknown, ecoSpecific: unknown): string | undefined {
  if (isObject(dbSpecific) && typeof dbSpecific.severity === 'string') return dbSpecific.severity.slice(0, 40);
  if (isObject(ecoSpecific) && typeof ecoSpecific.urgency === 'string') return ecoSpecific.urgency.slice(0, 40);
  return undefined;
}

function toAffected(a: unknown, i: number): OsvAffected {
  const w = () => `affected[${i}]`;
  if (!isObject(a)) throw new OsvRecordError(`${w()} must be an object`);
  const pkg = a.package;
  if (!isObject(pkg)) throw new OsvRecordError(`${w()}.package is missing`);
  const rl = list(a.ranges, () => `${w()}.ranges`);
  let ranges: OsvRange[] = EMPTY;
  for (let j = 0; j < rl.length; j++) {
    const r = rl[j];
    const rw = () => `${w()}.ranges[${j}]`;
    if (!isObject(r)) throw new OsvRecordError(`${rw()} must be an object`);
    const type = rangeType(r.type, () => `${rw()}.type`);
    const evs = events(r.events, () => `${rw()}.events`);
    if (type === 'GIT') continue;
    if (ranges === EMPTY) ranges = [];
    ranges.push({ type, events: evs });
  }
  const out: OsvAffected = {
    ecosystem: intern(need(pkg.ecosystem, () => `${w()}.package.ecosystem`)),
    name: need(pkg.name, () => `${w()}.package.name`),
    ranges,
    versions: strings(a.versions, () => `${w()}.versions`),
    severity: severities(a.severity, () => `${w()}.severity`),
  };
  const ts = textSeverity(a.database_specific, a.ecosystem_specific);
  if (ts) out.textSeverity = ts;
  return out;
}

/** Validates a parsed OSV record and reduces it; throws OsvRecordError with the reason. */
export function toOsvRecord(data: unknown): OsvRecord {
  if (!isObject(data)) throw new OsvRecordError('not a JSON object');
  const id = need(data.id, () => 'id');
  if (!/^[\w.:+-]{1,128}$/.test(id)) throw new OsvRecordError(`id ${JSON.stringify(id.slice(0, 60))} is not a valid OSV id`);
  const al = list(data.affected, () => 'affected');
  const affected = new Array<OsvAffected>(al.length);
  for (let i = 0; i < al.length; i++) affected[i] = toAffected(al[i], i);
  const record: OsvRecord = {
    id,
    aliases: strings(data.aliases, () => 'aliases'),
    upstream: strings(data.upstream, () => 'upstream'),
    severity: severities(data.severity, () => 'severity'),
    references: references(data.references),
    affected,
  };
  const modified = str(data.modified, () => 'modified');
  if (modified) record.modified = modified;
  const withdrawn = str(data.withdrawn, () => 'withdrawn');
  if (withdrawn) record.withdrawn = withdrawn;
  const summary = str(data.summary, () => 'summary');
  if (summary) record.summary = summary.slice(0, 300);
  const ts = textSeverity(data.database_specific, undefined);
  if (ts) record.textSeverity = ts;
  return record;
}

/** The first 20 reference URLs (entries without one are ignored). */
function references(v: unknown): string[] {
  const l = list(v, () => 'references');
  let out: string[] = EMPTY;
  for (let i = 0; i < l.length && out.length < 20; i++) {
    const r = l[i];
    if (!isObject(r) || typeof r.url !== 'string' || !r.url) continue;
    if (out === EMPTY) out = [];
    out.push(r.url.slice(0, 2048));
  }
  return out;
}

/** Parses one OSV JSON document (text already size-bounded by the caller). */
export function parseOsvRecord(text: string): OsvRecord {
  const deep = jsonNestingLine(text);
  if (deep !== undefined) throw new OsvRecordError(`${jsonNestingReason()} (line ${deep})`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new OsvRecordError(`not JSON (${(e as Error).message.slice(0, 120)})`);
  }
  return toOsvRecord(data);
}

/** The ids a finding is reported under: CVE ids first (what trivy reports), else GHSA, else the record's own. */
export function reportIds(record: Pick<OsvRecord, 'id' | 'aliases' | 'upstream'>): string[] {
  const all = [record.id, ...record.aliases, ...record.upstream];
  const cves = [...new Set(all.filter((a) => /^CVE-\d{4}-\d{4,}$/.test(a)))];
  if (cves.length) return cves;
  const ghsa = [...new Set(all.filter((a) => a.startsWith('GHSA-')))];
  if (ghsa.length) return ghsa.slice(0, 1);
  return [record.id];
}
