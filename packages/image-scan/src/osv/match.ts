import { semverScheme, type VersionScheme } from '../versions/index.js';
import type { OsvAffected, OsvRange, RangeEvent } from './record.js';

/** Why a version is affected: the range or list that matched and the fix above it, if any. */
export interface AffectedVerdict {
  affected: boolean;
  /** The lowest `fixed` version above the installed one, in the range that matched. */
  fixed?: string;
  /** Set when a range could not be evaluated (a version the ordering cannot read). */
  problem?: string;
}

interface Ev {
  kind: 'introduced' | 'fixed' | 'last_affected' | 'limit';
  version: string;
}

function flatten(e: RangeEvent): Ev {
  const [kind, version] = Object.entries(e)[0] as [Ev['kind'], string];
  return { kind, version };
}

/** `introduced: "0"` is below every version and `limit: "*"` above every version, in any ordering. */
function cmp(scheme: VersionScheme, a: Ev, b: Ev): number {
  const low = (e: Ev) => e.kind === 'introduced' && e.version === '0';
  const high = (e: Ev) => e.kind === 'limit' && e.version === '*';
  if (low(a) || high(b)) return low(a) && low(b) ? 0 : high(a) && high(b) ? 0 : -1;
  if (high(a) || low(b)) return 1;
  return scheme.compare(a.version, b.version);
}

/**
 * OSV's evaluation of one range (osv-schema "Evaluation"): walking the events in version order, an
 * `introduced` at or below the version opens the range, a `fixed` at or below it closes it, a
 * `last_affected` below it closes it; at or above a `limit` nothing is affected.
 */
export function inRange(scheme: VersionScheme, version: string, range: OsvRange): AffectedVerdict {
  const s = range.type === 'SEMVER' ? semverScheme : scheme;
  let events: Ev[];
  try {
    if (!s.valid(version)) return { affected: false, problem: `installed version ${version} is not a ${s.name} version` };
    events = range.events.map(flatten);
    const bad = events.find((e) => !(e.version === '0' && e.kind === 'introduced') && !(e.version === '*' && e.kind === 'limit') && !s.valid(e.version));
    if (bad) return { affected: false, problem: `${bad.kind} version ${JSON.stringify(bad.version.slice(0, 80))} is not a ${s.name} version` };
    events.sort((a, b) => cmp(s, a, b));
  } catch (e) {
    return { affected: false, problem: (e as Error).message };
  }
  const v: Ev = { kind: 'fixed', version };
  let affected = false;
  let fixed: string | undefined;
  for (const e of events) {
    const c = cmp(s, e, v); // e relative to the installed version
    if (e.kind === 'limit') {
      if (c <= 0) return { affected: false };
      continue;
    }
    if (c > 0) {
      // The first event above the version: a `fixed` there is the fix; anything else means no known fix.
      if (affected && e.kind === 'fixed') fixed = e.version;
      break;
    }
    if (e.kind === 'introduced') affected = true;
    else if (e.kind === 'fixed') affected = false;
    else if (e.kind === 'last_affected') affected = c === 0 ? affected : false;
  }
  return fixed !== undefined && affected ? { affected, fixed } : { affected };
}

/** Whether an installed version is affected by one `affected[]` entry: listed in `versions` or inside a range. */
export function isAffected(scheme: VersionScheme, version: string, entry: OsvAffected): AffectedVerdict {
  const problems: string[] = [];
  for (const range of entry.ranges) {
    const verdict = inRange(scheme, version, range);
    if (verdict.affected) return verdict;
    if (verdict.problem) problems.push(verdict.problem);
  }
  for (const listed of entry.versions) {
    if (listed === version) return { affected: true };
    try {
      if (scheme.valid(listed) && scheme.valid(version) && scheme.compare(listed, version) === 0) return { affected: true };
    } catch {
      // an unreadable listed version is only compared as a string
    }
  }
  return problems.length ? { affected: false, problem: problems[0] } : { affected: false };
}
