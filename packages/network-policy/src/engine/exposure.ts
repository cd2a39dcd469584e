import type { ConnSet } from '../model/connset.js';
import { formatRange } from '../model/ip.js';
import { selectorText, type Selector } from '../model/selector.js';
import { NS_NAME_LABEL } from '../model/topology.js';
import type { Peer, Workload } from '../model/types.js';
import { byCodeUnit, type Connectivity } from './connlist.js';
import { pinnedNsKey, type Direction, type PolicyIndex, type Representative } from './index.js';

export interface ExposureLine {
  workload: Workload;
  /** An IP range, `entire-cluster`, or a representative peer such as `backend/[pod with {app=x}]`. */
  peer: string;
  conn: ConnSet;
  /** For a representative peer: does this workload fall under it? */
  covers?: (w: Workload) => boolean;
}

export interface Exposure {
  egress: ExposureLine[];
  ingress: ExposureLine[];
  unprotected: { workload: Workload; direction: 'Egress' | 'Ingress' }[];
}

export const ENTIRE_CLUSTER = 'entire-cluster';
export const EC: Representative = { nsKey: '', nsEmpty: true, podKey: '', podEmpty: true };

interface NamedRep extends Representative {
  text: string;
  peer: Extract<Peer, { kind: 'pods' }>;
}

/** The namespace part of a representative: its name when pinned, `[all namespaces]`, or `[namespace with {…}]`. */
function nsText(ns: { exact: string } | { selector: Selector }): string {
  if ('exact' in ns) return ns.exact;
  const s = ns.selector;
  if (s.empty) return '[all namespaces]';
  const keys = Object.keys(s.labels);
  if (keys.length === 1 && keys[0] === NS_NAME_LABEL && !s.expressions.length) return s.labels[NS_NAME_LABEL]!;
  return `[namespace with {${selectorText(s)}}]`;
}

/** The representative peers of every rule peer in the policies, without those real pods already cover. */
function representatives(index: PolicyIndex): NamedRep[] {
  const topo = index.topo;
  const peers: Peer[] = [];
  for (const p of topo.policies) for (const r of [...(p.ingress ?? []), ...(p.egress ?? [])]) peers.push(...(r.peers ?? []));
  for (const a of [...topo.admin, ...(topo.baseline ? [topo.baseline] : [])]) for (const r of [...a.ingress, ...a.egress]) peers.push(...(r.peers ?? []));
  const out = new Map<string, NamedRep>();
  for (const p of peers) {
    if (p.kind !== 'pods') continue;
    const nsEmpty = !('exact' in p.ns) && p.ns.selector.empty;
    if (nsEmpty && p.pods.empty) continue; // that is the entire cluster
    const nsKey = 'exact' in p.ns ? pinnedNsKey(p.ns.exact) : p.ns.selector.repKey;
    const key = `${nsKey}\u0005${p.pods.repKey}`;
    if (out.has(key)) continue;
    const labelsOnly = !p.pods.empty && !p.pods.expressions.length && !nsEmpty && ('exact' in p.ns || !p.ns.selector.expressions.length);
    if (labelsOnly && index.members(index.peerSet(p)).some((i) => !index.workloads[i]!.pseudo)) {
      out.set(key, { nsKey, nsEmpty, podKey: p.pods.repKey, podEmpty: p.pods.empty, text: '', peer: p });
      continue;
    }
    out.set(key, { nsKey, nsEmpty, podKey: p.pods.repKey, podEmpty: p.pods.empty, peer: p, text: `${nsText(p.ns)}/${p.pods.empty ? '[all pods]' : `[pod with {${selectorText(p.pods)}}]`}` });
  }
  return [...out.values()].filter((r) => r.text);
}

/** What each workload is exposed to beyond the listed workloads: IP ranges, the entire cluster, representative peers. */
export function computeExposure(connectivity: Pick<Connectivity, 'index' | 'classes' | 'byClass'>): Exposure {
  const { index, classes, byClass } = connectivity;
  const reps = representatives(index);
  const res: Exposure = { egress: [], ingress: [], unprotected: [] };
  const pods = index.workloads.filter((w) => !w.pseudo);
  for (const dir of ['egress', 'ingress'] as Direction[]) {
    const lines = res[dir];
    // workloads of one class are exposed alike: decided once per class (by its first member)
    const perClass = new Map<number, { ec: ConnSet; prot: boolean; byRep: { r: NamedRep; c: ConnSet }[] }>();
    const decided = (w: Workload) => {
      const id = classes.of[w.idx]!;
      const hit = id >= 0 ? perClass.get(id) : undefined;
      if (hit) return hit;
      const ec = index.decide(dir, w, { rep: EC });
      const prot = index.protectedIn(w, dir);
      const byRep: { r: NamedRep; c: ConnSet }[] = [];
      if (prot) {
        for (const r of reps) {
          const c = index.decide(dir, w, { rep: r });
          if (!c.equals(ec)) byRep.push({ r, c });
        }
      }
      const d = { ec, prot, byRep };
      if (id >= 0) perClass.set(id, d);
      return d;
    };
    for (const w of pods) {
      const { ec, prot, byRep } = decided(w);
      if (!prot) {
        lines.push({ workload: w, peer: ENTIRE_CLUSTER, conn: ec });
        res.unprotected.push({ workload: w, direction: dir === 'egress' ? 'Egress' : 'Ingress' });
        continue;
      }
      if (!ec.isEmpty()) lines.push({ workload: w, peer: ENTIRE_CLUSTER, conn: ec });
      for (const { r, c } of byRep) lines.push({ workload: w, peer: r.text, conn: c, covers: (x) => index.peerSet(r.peer)[x.idx] === 1 });
    }
    // the IP ranges a workload reaches are repeated for the workloads exposed in that direction
    // (a workload that only the baseline admin policy governs in this direction is not among them)
    const exposed = new Set(lines.map((l) => l.workload));
    for (const w of pods) {
      const ap = index.appliedTo(w);
      if (ap.np[dir].length || ap.anp.some((a) => a[dir].length)) exposed.add(w);
    }
    // (from the class-level connections: one line per member, no pairs expanded)
    for (const c of byClass) {
      if (dir === 'egress' && c.src && c.dstIp) {
        const peer = formatRange(c.dstIp);
        for (const w of c.src.members) if (exposed.has(w)) lines.push({ workload: w, peer, conn: c.conn });
      }
      if (dir === 'ingress' && c.dst && c.srcIp) {
        const peer = formatRange(c.srcIp);
        for (const w of c.dst.members) if (exposed.has(w)) lines.push({ workload: w, peer, conn: c.conn });
      }
    }
    lines.sort((a, b) => byCodeUnit(a.workload.display, b.workload.display) || byCodeUnit(a.peer, b.peer));
  }
  res.unprotected.sort((a, b) => byCodeUnit(a.workload.display, b.workload.display) || byCodeUnit(a.direction, b.direction));
  return res;
}
