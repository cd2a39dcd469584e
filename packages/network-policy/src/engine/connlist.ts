import { ConnSet } from '../model/connset.js';
import { cutIPv4, formatRange, type IpRange } from '../model/ip.js';
import type { Topology, Workload } from '../model/types.js';
import { classSide, classSideAllows, workloadClasses, type Classes, type WorkloadClass } from './classes.js';
import { PolicyIndex, type Direction, type Side } from './index.js';

export interface Connection {
  src: string;
  dst: string;
  conn: ConnSet;
  srcW?: Workload;
  dstW?: Workload;
  srcIp?: IpRange;
  dstIp?: IpRange;
}

export interface ConnectivityOptions {
  /** Extra cut points (diff: the other side's ranges), sources and destinations. */
  extraSrcRanges?: IpRange[];
  extraDstRanges?: IpRange[];
}

/** The IP ranges every ipBlock/network of the policies mentions, as sources and as destinations. */
export function mentionedRanges(topo: Topology): { src: IpRange[]; dst: IpRange[] } {
  const src: IpRange[] = [];
  const dst: IpRange[] = [];
  for (const p of topo.policies) {
    for (const r of p.ingress ?? []) for (const peer of r.peers ?? []) if (peer.kind === 'ip') src.push(...peer.net);
    for (const r of p.egress ?? []) for (const peer of r.peers ?? []) if (peer.kind === 'ip') dst.push(...peer.net);
  }
  for (const a of [...topo.admin, ...(topo.baseline ? [topo.baseline] : [])]) for (const r of a.egress) for (const peer of r.peers ?? []) if (peer.kind === 'ip') dst.push(...peer.net);
  return { src, dst };
}

export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Allowed connections between classes of workloads (see classes.ts), or between a class and an IP range. */
export interface ClassConnection {
  src?: WorkloadClass;
  dst?: WorkloadClass;
  srcIp?: IpRange;
  dstIp?: IpRange;
  conn: ConnSet;
}

export interface Connectivity {
  index: PolicyIndex;
  classes: Classes;
  /** The connections as computed: per pair of classes (and class and IP range), unsorted. */
  byClass: ClassConnection[];
  /** How many workload-level connections there are (without expanding them). */
  count: number;
  /** Every workload-level connection, sorted by source then destination; expanded from `byClass` on first use. */
  readonly connections: Connection[];
  srcRanges: IpRange[];
  dstRanges: IpRange[];
}

/**
 * Every allowed connection between workloads, IP ranges and the ingress controller. Computed per class of
 * workloads the policies treat alike (classes.ts), so the work grows with the classes and the rules, not with
 * the square of the workloads; the pairs are only expanded when `connections` is read.
 */
export function computeConnectivity(topo: Topology, opts: ConnectivityOptions = {}): Connectivity {
  const index = new PolicyIndex(topo);
  const mentioned = mentionedRanges(topo);
  const srcRanges = cutIPv4([...mentioned.src, ...(opts.extraSrcRanges ?? [])]);
  const dstRanges = cutIPv4([...mentioned.dst, ...(opts.extraDstRanges ?? [])]);
  const classes = workloadClasses(index);
  const sides = new Map<string, Side | null>();
  const side = (dir: Direction, c: WorkloadClass) => classSide(index, classes, dir, c, sides);
  const byClass: ClassConnection[] = [];
  let count = 0;
  for (const dc of classes.list) {
    const dst = dc.rep;
    const ing = side('ingress', dc);
    // with only NetworkPolicies on the ingress side, the candidate sources are the classes of its rules' peers
    const srcs = !ing || ing.open || !ing.any.isEmpty() ? classes.list : [...ing.byPeer.keys()].map((id) => classes.list[id]!);
    for (const sc of srcs) {
      if (sc === dc && dc.members.length < 2) continue; // a workload to itself is never listed
      const src = sc.rep;
      const i = ing ? classSideAllows(index, ing, sc, dst) : index.decide('ingress', dst, { w: src });
      if (i.isEmpty()) continue;
      const eg = side('egress', sc);
      const e = eg ? classSideAllows(index, eg, dc, dst) : index.decide('egress', src, { w: dst });
      if (e.isEmpty()) continue;
      const conn = i.intersect(e);
      if (conn.isEmpty()) continue;
      byClass.push({ src: sc, dst: dc, conn });
      count += sc.members.length * dc.members.length - (sc === dc ? dc.members.length : 0);
    }
    if (ing && !ing.open && ing.any.isEmpty() && !ing.ipRules.length) continue;
    for (const r of srcRanges) {
      const conn = ing ? index.sideAllowsIp(ing, r) : index.decide('ingress', dst, { ip: r });
      if (conn.isEmpty()) continue;
      byClass.push({ srcIp: r, dst: dc, conn });
      count += dc.members.length;
    }
  }
  for (const sc of classes.list) {
    const eg = side('egress', sc);
    if (eg && !eg.open && eg.any.isEmpty() && !eg.ipRules.length) continue;
    for (const r of dstRanges) {
      const conn = eg ? index.sideAllowsIp(eg, r) : index.decide('egress', sc.rep, { ip: r });
      if (conn.isEmpty()) continue;
      byClass.push({ src: sc, dstIp: r, conn });
      count += sc.members.length;
    }
  }
  const ic = ingressControllerConnections(index, topo);
  count += ic.length;
  let expanded: Connection[] | undefined;
  return {
    index,
    classes,
    byClass,
    count,
    get connections() {
      return (expanded ??= expand(byClass, ic));
    },
    srcRanges,
    dstRanges,
  };
}

/** The workload-level connections of the class-level ones, sorted by source then destination. */
function expand(byClass: readonly ClassConnection[], extra: readonly Connection[]): Connection[] {
  const out: Connection[] = [];
  for (const c of byClass) {
    if (c.src && c.dst) {
      for (const s of c.src.members) for (const d of c.dst.members) if (s !== d) out.push({ src: s.display, dst: d.display, conn: c.conn, srcW: s, dstW: d });
    } else if (c.dst) {
      const ip = formatRange(c.srcIp!);
      for (const d of c.dst.members) out.push({ src: ip, dst: d.display, conn: c.conn, srcIp: c.srcIp!, dstW: d });
    } else {
      const ip = formatRange(c.dstIp!);
      for (const s of c.src!.members) out.push({ src: s.display, dst: ip, conn: c.conn, srcW: s, dstIp: c.dstIp! });
    }
  }
  out.push(...extra);
  out.sort((a, b) => byCodeUnit(a.src, b.src) || byCodeUnit(a.dst, b.dst));
  return out;
}

/** `{ingress-controller} => workload : TCP ports` for the workloads Ingress and Route objects reach, as their policies allow. */
function ingressControllerConnections(index: PolicyIndex, topo: Topology): Connection[] {
  const ic = index.ingressController;
  if (!ic) return [];
  const reached = new Map<Workload, ConnSet>();
  for (const b of topo.backends) {
    const svc = topo.services.find((s) => s.ns === b.ns && s.name === b.service);
    if (!svc) {
      index.warnings.add(`${b.object.kind} ${b.ns}/${b.object.metadata.name ?? '?'}: service ${b.service} is not among the inputs`);
      continue;
    }
    if (!svc.selector) continue;
    const sel = svc.selector;
    const ports = b.port === undefined ? svc.ports : svc.ports.filter((p) => p.port === b.port || p.name === b.port || (b.object.kind === 'Route' && p.targetPort === b.port));
    if (!ports.length) {
      index.warnings.add(`${b.object.kind} ${b.ns}/${b.object.metadata.name ?? '?'}: service ${b.service} has no port ${String(b.port)}`);
      continue;
    }
    for (const w of index.workloads) {
      if (w.pseudo || w.ns !== svc.ns || !Object.entries(sel).every(([k, v]) => w.labels[k] === v)) continue;
      let c = reached.get(w) ?? ConnSet.NONE;
      for (const p of ports) {
        const cp = typeof p.targetPort === 'number' ? w.ports.find((x) => x.port === p.targetPort) : w.ports.find((x) => x.name === p.targetPort);
        if (cp) c = c.union(ConnSet.ports('TCP', cp.port, cp.port));
      }
      reached.set(w, c);
    }
  }
  const out: Connection[] = [];
  for (const [w, ports] of reached) {
    if (ports.isEmpty()) continue;
    const conn = ports.intersect(index.decide('ingress', w, { w: ic }));
    if (conn.isEmpty()) {
      index.warnings.add(`ingress to ${w.display} on ${ports.toString()} is routed by an Ingress/Route but blocked by its network policies`);
      continue;
    }
    out.push({ src: ic.display, dst: w.display, conn, srcW: ic, dstW: w });
  }
  return out;
}
