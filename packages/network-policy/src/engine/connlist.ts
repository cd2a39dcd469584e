import { ConnSet } from '../model/connset.js';
import { cutIPv4, formatRange, type IpRange } from '../model/ip.js';
import type { Topology, Workload } from '../model/types.js';
import { PolicyIndex, type Target } from './index.js';

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

export interface Connectivity {
  index: PolicyIndex;
  connections: Connection[];
  srcRanges: IpRange[];
  dstRanges: IpRange[];
}

/** Every allowed connection between workloads, IP ranges and the ingress controller, sorted by source then destination. */
export function computeConnectivity(topo: Topology, opts: ConnectivityOptions = {}): Connectivity {
  const index = new PolicyIndex(topo);
  const mentioned = mentionedRanges(topo);
  const srcRanges = cutIPv4([...mentioned.src, ...(opts.extraSrcRanges ?? [])]);
  const dstRanges = cutIPv4([...mentioned.dst, ...(opts.extraDstRanges ?? [])]);
  const pods = index.workloads.filter((w) => !w.pseudo);
  const out: Connection[] = [];
  const egressTo = (src: Workload, dst: Workload, dstT: Target): ConnSet => {
    const side = index.side('egress', src);
    return side ? index.sideAllows(side, dst, dst) : index.decide('egress', src, dstT);
  };
  for (const dst of pods) {
    const dstT: Target = { w: dst };
    const ing = index.side('ingress', dst);
    // with only NetworkPolicies on the ingress side, the candidate sources are the members of its rules
    const srcs = !ing || ing.open || !ing.any.isEmpty() ? pods : [...ing.byPeer.keys()].map((i) => index.workloads[i]!).filter((w) => !w.pseudo);
    for (const src of srcs) {
      if (src === dst) continue;
      const i = ing ? index.sideAllows(ing, src, dst) : index.decide('ingress', dst, { w: src });
      if (i.isEmpty()) continue;
      const e = egressTo(src, dst, dstT);
      if (e.isEmpty()) continue;
      const conn = i.intersect(e);
      if (!conn.isEmpty()) out.push({ src: src.display, dst: dst.display, conn, srcW: src, dstW: dst });
    }
    if (ing && !ing.open && ing.any.isEmpty() && !ing.ipRules.length) continue;
    for (const r of srcRanges) {
      const conn = ing ? index.sideAllowsIp(ing, r) : index.decide('ingress', dst, { ip: r });
      if (!conn.isEmpty()) out.push({ src: formatRange(r), dst: dst.display, conn, srcIp: r, dstW: dst });
    }
  }
  for (const src of pods) {
    const eg = index.side('egress', src);
    if (eg && !eg.open && eg.any.isEmpty() && !eg.ipRules.length) continue;
    for (const r of dstRanges) {
      const conn = eg ? index.sideAllowsIp(eg, r) : index.decide('egress', src, { ip: r });
      if (!conn.isEmpty()) out.push({ src: src.display, dst: formatRange(r), conn, srcW: src, dstIp: r });
    }
  }
  out.push(...ingressControllerConnections(index, topo));
  out.sort((a, b) => byCodeUnit(a.src, b.src) || byCodeUnit(a.dst, b.dst));
  return { index, connections: out, srcRanges, dstRanges };
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
