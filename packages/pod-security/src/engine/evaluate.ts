import { PSS_CHECKS } from '../rules/index.js';
import type { CheckFn, PssCheck, Violation } from './check.js';
import type { PodView } from './pod.js';
import { LATEST_MINOR, type Level } from './versions.js';

export interface ActiveCheck {
  id: string;
  check: CheckFn;
  /** A number per implementation (CheckFn), where a PodEvaluator keeps the implementation's verdict. */
  slot: number;
}

export interface CheckViolation extends Violation {
  check: string;
}

/** checksFor of PSS_CHECKS, per level and minor version. */
const cache: Record<Level, ActiveCheck[][]> = { privileged: [], baseline: [], restricted: [] };
/**
 * Slots numbered in the order of PSS_CHECKS and their versions, the same in every thread and run whatever is
 * asked first (verdicts by slot are plain data that may cross threads).
 */
const slots = new Map<CheckFn, number>();
const slotOf = (f: CheckFn): number => {
  let s = slots.get(f);
  if (s === undefined) slots.set(f, (s = slots.size));
  return s;
};
for (const c of PSS_CHECKS) for (const v of c.versions) slotOf(v.check);

/**
 * The checks admission runs at a level and version (the library's checksForLevelAndVersion): every baseline
 * check in force, and at restricted every restricted check in force, less the baseline checks those override.
 */
export function checksFor(level: Level, minor: number, checks: readonly PssCheck[] = PSS_CHECKS): ActiveCheck[] {
  const own = checks === PSS_CHECKS && Number.isInteger(minor) && minor >= 0 && minor <= 1000;
  const hit = own ? cache[level][minor] : undefined;
  if (hit) return hit;
  const out: ActiveCheck[] = [];
  if (level !== 'privileged') {
    const overridden = new Set<string>();
    if (level === 'restricted') for (const c of checks) if (c.level === 'restricted') for (const o of c.at(minor)?.overrides ?? []) overridden.add(o);
    for (const c of checks) {
      if (c.level === 'restricted' && level !== 'restricted') continue;
      if (overridden.has(c.meta.id)) continue;
      const v = c.at(minor);
      if (v) out.push({ id: c.meta.id, check: v.check, slot: slotOf(v.check) });
    }
  }
  if (own) cache[level][minor] = out;
  return out;
}

/**
 * Judges one pod at any number of levels and versions, running each check implementation at most once
 * (most versions share an implementation, so a pod's 72 level/version verdicts cost about 30 check runs).
 */
export class PodEvaluator {
  /** The verdict of each implementation run so far, by its slot (`null`: passes). */
  private readonly memo: (Violation | null | undefined)[] = [];
  constructor(readonly pod: PodView) {}

  private run(c: ActiveCheck): Violation | null {
    let v = this.memo[c.slot];
    if (v === undefined) {
      v = c.check(this.pod) ?? null;
      this.memo[c.slot] = v;
    }
    return v;
  }

  /** Every check the pod violates at a level and version, in the library's order. */
  violations(level: Level, minor: number): CheckViolation[] {
    const out: CheckViolation[] = [];
    for (const c of checksFor(level, minor)) {
      const v = this.run(c);
      if (v) out.push({ check: c.id, ...v });
    }
    return out;
  }

  passes(level: Level, minor: number): boolean {
    for (const c of checksFor(level, minor)) if (this.run(c)) return false;
    return true;
  }

  /**
   * The verdict of every implementation in force at some level and version, by slot (`null`: passes; a hole: an
   * implementation no level or version runs): all that `violationsBySlot` needs, without the pod.
   */
  verdicts(): readonly (Violation | null | undefined)[] {
    for (const c of everyCheck()) this.run(c);
    return this.memo;
  }

  /** The implementations the pod fails among those of every level and version (their slots): what every verdict depends on. */
  failing(): string {
    let key = '';
    for (const c of everyCheck()) if (this.run(c)) key += `${c.slot},`;
    return key;
  }
}

/**
 * Every check the pod violates at a level and version, in the library's order, from its verdicts by slot
 * (`verdicts()`). A slot without a verdict is an internal error (the check would go unjudged), never a pass.
 */
export function violationsBySlot<V>(verdicts: readonly (V | null | undefined)[], level: Level, minor: number): (V & { check: string })[] {
  const out: (V & { check: string })[] = [];
  for (const c of checksFor(level, minor)) {
    const v = verdicts[c.slot];
    if (v === undefined) throw new Error(`check ${c.id} was not judged (slot ${c.slot})`);
    if (v) out.push({ check: c.id, ...v });
  }
  return out;
}

let every: ActiveCheck[] | undefined;
/** One ActiveCheck per implementation in force at some breakpoint, at either level. */
function everyCheck(): ActiveCheck[] {
  if (every) return every;
  const bySlot = new Map<number, ActiveCheck>();
  for (const from of BREAKPOINTS) for (const level of ['baseline', 'restricted'] as const) for (const c of checksFor(level, from)) bySlot.set(c.slot, c);
  return (every = [...bySlot.values()]);
}

/** Every check the pod violates at a level and version, in the library's order. */
export function evaluatePod(pod: PodView, level: Level, minor: number): CheckViolation[] {
  return new PodEvaluator(pod).violations(level, minor);
}

/** The versions where some check changes: the verdict at any version equals the verdict at the breakpoint below it. */
export const BREAKPOINTS: readonly number[] = [...new Set(PSS_CHECKS.flatMap((c) => c.versions.map((v) => v.min)).concat(0))].sort((a, b) => a - b);

/** `version ranges → highest level passed`, evaluated only at the breakpoints. */
export interface LevelRange {
  from: number;
  to: number;
  level: Level;
}

/** highestLevels by the implementations a pod fails (most pods of a run fail the same few, or none). */
const rangesByFailing = new Map<string, readonly LevelRange[]>();
const MAX_CACHED_RANGES = 10_000;

export function highestLevels(pod: PodView | PodEvaluator): LevelRange[] {
  const ev = pod instanceof PodEvaluator ? pod : new PodEvaluator(pod);
  const key = ev.failing();
  let ranges = rangesByFailing.get(key);
  if (!ranges) {
    ranges = levelRanges(ev);
    if (rangesByFailing.size < MAX_CACHED_RANGES) rangesByFailing.set(key, ranges);
  }
  return ranges.map((r) => ({ ...r }));
}

function levelRanges(ev: PodEvaluator): LevelRange[] {
  const ranges: LevelRange[] = [];
  BREAKPOINTS.forEach((from, i) => {
    const to = i + 1 < BREAKPOINTS.length ? BREAKPOINTS[i + 1]! - 1 : LATEST_MINOR;
    const level: Level = ev.passes('restricted', from) ? 'restricted' : ev.passes('baseline', from) ? 'baseline' : 'privileged';
    const last = ranges[ranges.length - 1];
    if (last && last.level === level) last.to = to;
    else ranges.push({ from, to, level });
  });
  return ranges;
}

export function rangesText(ranges: readonly LevelRange[]): string {
  return ranges.map((r) => `${r.level} at ${r.from === r.to ? `v1.${r.from}` : `v1.${r.from}..v1.${r.to}`}${r.to === LATEST_MINOR ? ' (latest)' : ''}`).join(', ');
}
