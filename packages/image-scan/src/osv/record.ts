/**
 * OSV records (ossf/osv-schema), validated as hostile input and reduced to what matching needs: a
 * 200,000-record database must fit in memory, so `details`, credits and the like are dropped.
 */
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

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown, what: string, required = false): string | undefined {
  if (v === undefined || v === null) {
    if (required) throw new OsvRecordError(`${what} is missing`);
    return undefined;
  }
  if (typeof v !== 'string') throw new OsvRecordError(`${what} must be a string`);
  if (v.length > MAX_STRING) throw new OsvRecordError(`${what} is longer than ${MAX_STRING} characters`);
  return v;
}

function list(v: unknown, what: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new OsvRecordError(`${what} must be an array`);
  if (v.length > MAX_LIST) throw new OsvRecordError(`${what} has more than ${MAX_LIST} entries`);
  return v;
}

function strings(v: unknown, what: string): string[] {
  return list(v, what).map((s, i) => str(s, `${what}[${i}]`, true)!);
}

function severities(v: unknown, what: string): OsvSeverity[] {
  return list(v, what).map((s, i) => {
    if (!isObject(s)) throw new OsvRecordError(`${what}[${i}] must be an object`);
    return { type: str(s.type, `${what}[${i}].type`, true)!, score: str(s.score, `${what}[${i}].score`, true)! };
  });
}

const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'] as const;

function events(v: unknown, what: string): RangeEvent[] {
  const out = list(v, what).map((e, i) => {
    if (!isObject(e)) throw new OsvRecordError(`${what}[${i}] must be an object`);
    const keys = EVENT_KEYS.filter((k) => e[k] !== undefined);
    if (keys.length !== 1) throw new OsvRecordError(`${what}[${i}] must have exactly one of introduced, fixed, last_affected, limit`);
    const k = keys[0]!;
    return { [k]: str(e[k], `${what}[${i}].${k}`, true)! } as RangeEvent;
  });
  if (!out.some((e) => 'introduced' in e)) throw new OsvRecordError(`${what} has no "introduced" event`);
  return out;
}

function textSeverity(dbSpecific: unknown, ecoSpecific: unknown): string | undefined {
  if (isObject(dbSpecific) && typeof dbSpecific.severity === 'string') return dbSpecific.severity.slice(0, 40);
  if (isObject(ecoSpecific) && typeof ecoSpecific.urgency === 'string') return ecoSpecific.urgency.slice(0, 40);
  return undefined;
}

/** Validates a parsed OSV record and reduces it; throws OsvRecordError with the reason. */
export function toOsvRecord(data: unknown): OsvRecord {
  if (!isObject(data)) throw new OsvRecordError('not a JSON object');
  const id = str(data.id, 'id', true)!;
  if (!/^[\w.:+-]{1,128}$/.test(id)) throw new OsvRecordError(`id ${JSON.stringify(id.slice(0, 60))} is not a valid OSV id`);
  const affected = list(data.affected, 'affected').map((a, i): OsvAffected => {
    const w = `affected[${i}]`;
    if (!isObject(a)) throw new OsvRecordError(`${w} must be an object`);
    if (!isObject(a.package)) throw new OsvRecordError(`${w}.package is missing`);
    const ranges = list(a.ranges, `${w}.ranges`).map((r, j): OsvRange => {
      if (!isObject(r)) throw new OsvRecordError(`${w}.ranges[${j}] must be an object`);
      const type = str(r.type, `${w}.ranges[${j}].type`, true)!;
      if (type !== 'SEMVER' && type !== 'ECOSYSTEM' && type !== 'GIT') throw new OsvRecordError(`${w}.ranges[${j}].type ${JSON.stringify(type)} is not SEMVER, ECOSYSTEM or GIT`);
      return { type, events: events(r.events, `${w}.ranges[${j}].events`) };
    });
    const out: OsvAffected = {
      ecosystem: str(a.package.ecosystem, `${w}.package.ecosystem`, true)!,
      name: str(a.package.name, `${w}.package.name`, true)!,
      ranges: ranges.filter((r) => r.type !== 'GIT'),
      versions: strings(a.versions, `${w}.versions`),
      severity: severities(a.severity, `${w}.severity`),
    };
    const ts = textSeverity(a.database_specific, a.ecosystem_specific);
    if (ts) out.textSeverity = ts;
    return out;
  });
  const record: OsvRecord = {
    id,
    aliases: strings(data.aliases, 'aliases'),
    upstream: strings(data.upstream, 'upstream'),
    severity: severities(data.severity, 'severity'),
    references: list(data.references, 'references')
      .map((r) => (isObject(r) && typeof r.url === 'string' ? r.url.slice(0, 2048) : undefined))
      .filter((u): u is string => Boolean(u))
      .slice(0, 20),
    affected,
  };
  const modified = str(data.modified, 'modified');
  if (modified) record.modified = modified;
  const withdrawn = str(data.withdrawn, 'withdrawn');
  if (withdrawn) record.withdrawn = withdrawn;
  const summary = str(data.summary, 'summary');
  if (summary) record.summary = summary.slice(0, 300);
  const ts = textSeverity(data.database_specific, undefined);
  if (ts) record.textSeverity = ts;
  return record;
}

/** Parses one OSV JSON document (text already size-bounded by the caller). */
export function parseOsvRecord(text: string): OsvRecord {
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
