import { formatRange, type IpRange } from '../model/ip.js';
import type { Topology } from '../model/types.js';
import { INGRESS_CONTROLLER } from '../model/topology.js';
import { byCodeUnit, computeConnectivity, mentionedRanges, type Connection, type Connectivity } from './connlist.js';

export type DiffType = 'changed' | 'added' | 'removed';

export interface DiffLine {
  type: DiffType;
  src: string;
  dst: string;
  /** Connection strings of the base and the head (`No Connections` on the side without the pair). */
  base: string;
  head: string;
  /** `workload X[ and Y] added|removed` when a workload exists on one side only. */
  workloadsInfo?: string;
}

export interface ConnectivityDiff {
  lines: DiffLine[];
  base: Connectivity;
  head: Connectivity;
}

const NONE = 'No Connections';
const ORDER: Record<DiffType, number> = { changed: 0, added: 1, removed: 2 };

/** The connections added, removed and changed from base to head, with IP ranges cut alike on both sides. */
export function diffTopologies(base: Topology, head: Topology): ConnectivityDiff {
  const mb = mentionedRanges(base);
  const mh = mentionedRanges(head);
  const b = computeConnectivity(base, { extraSrcRanges: mh.src, extraDstRanges: mh.dst });
  const h = computeConnectivity(head, { extraSrcRanges: mb.src, extraDstRanges: mb.dst });
  const key = (c: Connection) => `${c.src}\u0000${c.dst}`;
  const bm = new Map(b.connections.map((c) => [key(c), c]));
  const hm = new Map(h.connections.map((c) => [key(c), c]));
  const bw = new Set(b.index.workloads.filter((w) => !w.pseudo).map((w) => w.display));
  const hw = new Set(h.index.workloads.filter((w) => !w.pseudo).map((w) => w.display));
  const raw: (DiffLine & { srcIp?: IpRange; dstIp?: IpRange })[] = [];
  for (const [k, bc] of bm) {
    const hc = hm.get(k);
    const bs = bc.conn.toString();
    if (hc) {
      const hs = hc.conn.toString();
      if (bs !== hs) raw.push({ type: 'changed', src: bc.src, dst: bc.dst, base: bs, head: hs, ...ips(bc) });
    } else raw.push({ type: 'removed', src: bc.src, dst: bc.dst, base: bs, head: NONE, ...info(bc, hw, 'removed'), ...ips(bc) });
  }
  for (const [k, hc] of hm) if (!bm.has(k)) raw.push({ type: 'added', src: hc.src, dst: hc.dst, base: NONE, head: hc.conn.toString(), ...info(hc, bw, 'added'), ...ips(hc) });
  const lines = mergeRanges(raw);
  const ic = (l: DiffLine) => (l.src === INGRESS_CONTROLLER ? 1 : 0);
  lines.sort((x, y) => ic(x) - ic(y) || ORDER[x.type] - ORDER[y.type] || byCodeUnit(diffLineText(x), diffLineText(y)));
  return { lines, base: b, head: h };
}

function ips(c: Connection): { srcIp?: IpRange; dstIp?: IpRange } {
  return { ...(c.srcIp ? { srcIp: c.srcIp } : {}), ...(c.dstIp ? { dstIp: c.dstIp } : {}) };
}

function info(c: Connection, other: Set<string>, what: 'added' | 'removed'): { workloadsInfo?: string } {
  const names = [c.srcW, c.dstW].filter((w) => w && !w.pseudo && !other.has(w.display)).map((w) => w!.display);
  return names.length ? { workloadsInfo: `workload ${names.join(' and ')} ${what}` } : {};
}

/** Adjacent IP ranges with the same other end and the same pair of connection strings become one line again. */
function mergeRanges(lines: (DiffLine & { srcIp?: IpRange; dstIp?: IpRange })[]): DiffLine[] {
  const out: DiffLine[] = [];
  const groups = new Map<string, { line: DiffLine; range: IpRange; side: 'src' | 'dst' }[]>();
  for (const l of lines) {
    const side = l.srcIp ? 'src' : l.dstIp ? 'dst' : undefined;
    const { srcIp, dstIp, ...line } = l;
    if (!side) {
      out.push(line);
      continue;
    }
    const k = [side, l.type, side === 'src' ? l.dst : l.src, l.base, l.head, l.workloadsInfo ?? ''].join('\u0000');
    const g = groups.get(k) ?? [];
    g.push({ line, range: (srcIp ?? dstIp)!, side });
    groups.set(k, g);
  }
  for (const g of groups.values()) {
    g.sort((a, b) => a.range.lo - b.range.lo);
    let cur: { line: DiffLine; range: IpRange; side: 'src' | 'dst' } | undefined;
    const flush = () => {
      if (!cur) return;
      const text = formatRange(cur.range);
      out.push(cur.side === 'src' ? { ...cur.line, src: text } : { ...cur.line, dst: text });
    };
    for (const e of g) {
      if (cur && cur.range.hi + 1 === e.range.lo) cur = { ...cur, range: { lo: cur.range.lo, hi: e.range.hi } };
      else {
        flush();
        cur = e;
      }
    }
    flush();
  }
  return out;
}

/** One line of np-guard's txt diff. */
export function diffLineText(l: DiffLine, labels: [string, string] = ['ref1', 'ref2']): string {
  return `diff-type: ${l.type}, source: ${l.src}, destination: ${l.dst}, ${labels[0]}: ${l.base}, ${labels[1]}: ${l.head}${l.workloadsInfo ? `, workloads-diff-info: ${l.workloadsInfo}` : ''}`;
}
