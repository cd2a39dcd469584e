/**
 * Sets of connections: per protocol, a sorted list of disjoint, non-adjacent port intervals (1..65535),
 * plus (for exposure analysis only) port names that could not be resolved yet.
 */
export const PROTOCOLS = ['SCTP', 'TCP', 'UDP'] as const;
export type Protocol = (typeof PROTOCOLS)[number];
export const MIN_PORT = 1;
export const MAX_PORT = 65535;

/** Flattened intervals [lo0, hi0, lo1, hi1, ...], sorted, disjoint and non-adjacent. */
export type Intervals = readonly number[];

const FULL: Intervals = [MIN_PORT, MAX_PORT];
const EMPTY_NAMES: ReadonlySet<string> = new Set();

function unionIv(a: Intervals, b: Intervals): Intervals {
  if (!a.length) return b;
  if (!b.length) return a;
  // both are sorted: merge them in one pass
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let lo: number;
    let hi: number;
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) {
      lo = a[i]!;
      hi = a[i + 1]!;
      i += 2;
    } else {
      lo = b[j]!;
      hi = b[j + 1]!;
      j += 2;
    }
    const n = out.length;
    if (n && lo <= out[n - 1]! + 1) {
      if (hi > out[n - 1]!) out[n - 1] = hi;
    } else out.push(lo, hi);
  }
  return out;
}

function intersectIv(a: Intervals, b: Intervals): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]!, b[j]!);
    const hi = Math.min(a[i + 1]!, b[j + 1]!);
    if (lo <= hi) out.push(lo, hi);
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}

function subtractIv(a: Intervals, b: Intervals): number[] {
  if (!b.length || !a.length) return a.slice();
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    let lo = a[i]!;
    const hi = a[i + 1]!;
    while (j < b.length && b[j + 1]! < lo) j += 2;
    let k = j;
    while (k < b.length && b[k]! <= hi) {
      if (b[k]! > lo) out.push(lo, b[k]! - 1);
      lo = Math.max(lo, b[k + 1]! + 1);
      k += 2;
    }
    if (lo <= hi) out.push(lo, hi);
  }
  return out;
}

function sameIv(a: Intervals, b: Intervals): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class ConnSet {
  /** Intervals per protocol, in PROTOCOLS order. */
  readonly iv: [Intervals, Intervals, Intervals];
  /** Unresolved named ports, `PROTO/name` (PROTO may be empty: an ANP namedPort has no protocol of its own). */
  readonly named: ReadonlySet<string>;

  constructor(iv: [Intervals, Intervals, Intervals] = [[], [], []], named: ReadonlySet<string> = EMPTY_NAMES) {
    this.iv = iv;
    // a name of a protocol whose ports are all in the set adds nothing (nor a bare name when all are)
    if (named.size) {
      const full = iv.map((x) => sameIv(x, FULL));
      const all = full.every(Boolean);
      const kept = [...named].filter((n) => {
        const p = n.slice(0, n.indexOf('/'));
        return p ? !full[PROTOCOLS.indexOf(p as Protocol)] : !all;
      });
      named = kept.length === named.size ? named : kept.length ? new Set(kept) : EMPTY_NAMES;
    }
    this.named = named;
  }

  static readonly NONE = new ConnSet();
  static readonly ALL = new ConnSet([FULL, FULL, FULL]);

  static ports(protocol: Protocol, lo = MIN_PORT, hi = MAX_PORT): ConnSet {
    const iv: [Intervals, Intervals, Intervals] = [[], [], []];
    iv[PROTOCOLS.indexOf(protocol)] = [lo, hi];
    return new ConnSet(iv);
  }

  static namedPort(protocol: Protocol | '', name: string): ConnSet {
    return new ConnSet([[], [], []], new Set([`${protocol}/${name}`]));
  }

  isEmpty(): boolean {
    return !this.iv[0].length && !this.iv[1].length && !this.iv[2].length && this.named.size === 0;
  }

  isAll(): boolean {
    return this.iv.every((x) => sameIv(x, FULL));
  }

  union(o: ConnSet): ConnSet {
    if (o === this || o.isEmpty()) return this;
    if (this.isEmpty()) return o;
    if (this.isAll() && !o.named.size) return this;
    const named = o.named.size ? new Set([...this.named, ...o.named]) : this.named;
    return new ConnSet([unionIv(this.iv[0], o.iv[0]), unionIv(this.iv[1], o.iv[1]), unionIv(this.iv[2], o.iv[2])], named);
  }

  /** Numeric intersection; a named port survives where the other side is all ports of its protocol or names it too. */
  intersect(o: ConnSet): ConnSet {
    if (this.isEmpty() || o.isEmpty()) return ConnSet.NONE;
    if (o.isAll() && !o.named.size) return this;
    if (this.isAll() && !this.named.size) return o;
    const named = new Set<string>();
    const keep = (names: ReadonlySet<string>, other: ConnSet) => {
      for (const n of names) {
        const p = n.slice(0, n.indexOf('/'));
        if (other.named.has(n) || (p && sameIv(other.iv[PROTOCOLS.indexOf(p as Protocol)], FULL)) || (!p && other.isAll())) named.add(n);
      }
    };
    keep(this.named, o);
    keep(o.named, this);
    return new ConnSet([intersectIv(this.iv[0], o.iv[0]), intersectIv(this.iv[1], o.iv[1]), intersectIv(this.iv[2], o.iv[2])], named.size ? named : EMPTY_NAMES);
  }

  /** Numeric difference; named ports of this set are kept unless the other names them too. */
  subtract(o: ConnSet): ConnSet {
    if (this.isEmpty() || o.isEmpty()) return this;
    const named = new Set([...this.named].filter((n) => !o.named.has(n)));
    return new ConnSet([subtractIv(this.iv[0], o.iv[0]), subtractIv(this.iv[1], o.iv[1]), subtractIv(this.iv[2], o.iv[2])], named.size ? named : EMPTY_NAMES);
  }

  equals(o: ConnSet): boolean {
    if (this === o) return true;
    if (this.named.size !== o.named.size || [...this.named].some((n) => !o.named.has(n))) return false;
    return sameIv(this.iv[0], o.iv[0]) && sameIv(this.iv[1], o.iv[1]) && sameIv(this.iv[2], o.iv[2]);
  }

  /** Does the set contain this port of this protocol? */
  has(protocol: Protocol, port: number): boolean {
    const iv = this.iv[PROTOCOLS.indexOf(protocol)];
    for (let i = 0; i < iv.length; i += 2) if (iv[i]! <= port && port <= iv[i + 1]!) return true;
    return false;
  }

  /** np-guard's connection string: `All Connections`, `No Connections`, or `SCTP 1-65535,TCP 80,8080-8090`. */
  toString(): string {
    if (this.isEmpty()) return 'No Connections';
    if (this.isAll()) return 'All Connections';
    const parts: string[] = [];
    const names = [...this.named];
    for (const [k, p] of PROTOCOLS.entries()) {
      const iv = this.iv[k];
      const items: string[] = [];
      for (let i = 0; i < iv.length; i += 2) items.push(iv[i] === iv[i + 1] ? String(iv[i]) : `${iv[i]}-${iv[i + 1]}`);
      for (const n of names.filter((x) => x.startsWith(`${p}/`)).sort()) items.push(n.slice(p.length + 1));
      if (items.length) parts.push(`${p} ${items.join(',')}`);
    }
    const bare = names.filter((x) => x.startsWith('/')).map((x) => x.slice(1)).sort();
    if (bare.length) parts.push(` ${bare.join(',')}`);
    return parts.join(',');
  }
}

