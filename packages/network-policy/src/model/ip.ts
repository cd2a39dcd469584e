/** IPv4 address ranges: CIDR parsing, the cut of IPv4 space into disjoint ranges, np-guard's `first-last` text. */
export const IPV4_MAX = 2 ** 32 - 1;

export interface IpRange {
  lo: number;
  hi: number;
}

export class CidrError extends Error {
  constructor(readonly cidr: string, reason: string) {
    super(`invalid CIDR "${cidr}": ${reason}`);
    this.name = 'CidrError';
  }
}

function parseIPv4(s: string, cidr: string): number {
  const parts = s.split('.');
  if (parts.length !== 4) throw new CidrError(cidr, 'an IPv4 address has four dot-separated numbers');
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) throw new CidrError(cidr, `"${p}" is not a number from 0 to 255`);
    n = n * 256 + Number(p);
  }
  return n;
}

/** True for an IPv6 CIDR (which the analysis leaves out). */
export function isIPv6(cidr: string): boolean {
  return cidr.includes(':');
}

/** Parses `a.b.c.d/n` into its address range (host bits are ignored, as Kubernetes' net.ParseCIDR does). */
export function parseCidr(cidr: unknown): IpRange {
  if (typeof cidr !== 'string') throw new CidrError(String(cidr), 'not a string');
  const m = /^([^/]+)\/(\d{1,2})$/.exec(cidr.trim());
  if (!m) throw new CidrError(cidr, 'expected ADDRESS/PREFIX, e.g. 10.0.0.0/8');
  const bits = Number(m[2]);
  if (bits > 32) throw new CidrError(cidr, 'an IPv4 prefix length is 0 to 32');
  const addr = parseIPv4(m[1]!, cidr);
  const size = 2 ** (32 - bits);
  const lo = Math.floor(addr / size) * size;
  return { lo, hi: lo + size - 1 };
}

export function formatIPv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export function formatRange(r: IpRange): string {
  return `${formatIPv4(r.lo)}-${formatIPv4(r.hi)}`;
}

/** Cuts the whole of IPv4 at every boundary of the given ranges: disjoint ranges, ascending, covering 0..2^32-1. */
export function cutIPv4(ranges: readonly IpRange[]): IpRange[] {
  const starts = new Set<number>([0]);
  for (const r of ranges) {
    starts.add(r.lo);
    if (r.hi < IPV4_MAX) starts.add(r.hi + 1);
  }
  const sorted = [...starts].sort((a, b) => a - b);
  return sorted.map((lo, i) => ({ lo, hi: i + 1 < sorted.length ? sorted[i + 1]! - 1 : IPV4_MAX }));
}

/** Is `inner` inside `outer`? */
export function within(inner: IpRange, outer: IpRange): boolean {
  return outer.lo <= inner.lo && inner.hi <= outer.hi;
}

/** The addresses of `include` minus `except`, as disjoint merged ranges, ascending. */
export function subtractRanges(include: readonly IpRange[], except: readonly IpRange[]): IpRange[] {
  let cur = [...include].sort((a, b) => a.lo - b.lo);
  for (const ex of except) {
    const next: IpRange[] = [];
    for (const r of cur) {
      if (ex.hi < r.lo || ex.lo > r.hi) next.push(r);
      else {
        if (r.lo < ex.lo) next.push({ lo: r.lo, hi: ex.lo - 1 });
        if (ex.hi < r.hi) next.push({ lo: ex.hi + 1, hi: r.hi });
      }
    }
    cur = next;
  }
  const merged: IpRange[] = [];
  for (const r of cur) {
    const last = merged[merged.length - 1];
    if (last && r.lo <= last.hi + 1) last.hi = Math.max(last.hi, r.hi);
    else merged.push({ ...r });
  }
  return merged;
}
