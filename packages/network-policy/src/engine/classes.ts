import { ConnSet } from '../model/connset.js';
import type { Peer, PortSpec, Topology, Workload } from '../model/types.js';
import type { Direction, PolicyIndex, Side } from './index.js';

/**
 * Workloads the policies cannot tell apart: selected by the same policies (NetworkPolicies per direction,
 * admin and baseline subjects), members of the same rule peers, and with the same ports under every port
 * name a rule uses. Whatever one member may reach or be reached from, every member may; so connectivity is
 * computed once per pair of classes and only expanded to workload pairs for output.
 */
export interface WorkloadClass {
  id: number;
  /** Ascending by workload index. */
  members: Workload[];
  /** The member the class is computed with (its first). */
  rep: Workload;
}

export interface Classes {
  list: WorkloadClass[];
  /** Class id by workload index (-1 for the ingress controller, which is never a class). */
  of: Int32Array;
  /** The classes a pod peer selects (its workloads, grouped), ascending. */
  ofPeer(p: Extract<Peer, { kind: 'pods' }>): number[];
}

/** Every pod peer of every rule (NetworkPolicies, admin and baseline policies). */
export function podPeers(topo: Topology): Extract<Peer, { kind: 'pods' }>[] {
  const out: Extract<Peer, { kind: 'pods' }>[] = [];
  const rules = [...topo.policies.flatMap((p) => [...(p.ingress ?? []), ...(p.egress ?? [])]), ...[...topo.admin, ...(topo.baseline ? [topo.baseline] : [])].flatMap((a) => [...a.ingress, ...a.egress])];
  for (const r of rules) for (const p of r.peers ?? []) if (p.kind === 'pods') out.push(p);
  return out;
}

/** Every port name a rule uses, as `protocol/name` (protocol '' for an admin policy's namedPort). */
function portNames(topo: Topology): { protocol: string; name: string }[] {
  const seen = new Map<string, { protocol: string; name: string }>();
  const rules = [...topo.policies.flatMap((p) => [...(p.ingress ?? []), ...(p.egress ?? [])]), ...[...topo.admin, ...(topo.baseline ? [topo.baseline] : [])].flatMap((a) => [...a.ingress, ...a.egress])];
  for (const r of rules) for (const s of (r.ports ?? []) as PortSpec[]) if (s.kind === 'named') seen.set(`${s.protocol}/${s.name}`, { protocol: s.protocol, name: s.name });
  return [...seen.values()];
}

/** Groups the pods (not the ingress controller) into classes of equal policy treatment. */
export function workloadClasses(index: PolicyIndex): Classes {
  const topo = index.topo;
  const n = index.workloads.length;
  const keys: string[][] = Array.from({ length: n }, () => []);
  const ids = new Map<object, number>();
  const idOf = (o: object): number => {
    let id = ids.get(o);
    if (id === undefined) ids.set(o, (id = ids.size));
    return id;
  };
  for (const w of index.workloads) {
    if (w.pseudo) continue;
    const ap = index.appliedTo(w);
    keys[w.idx]!.push(`i${ap.np.ingress.map(idOf).join(',')}`, `e${ap.np.egress.map(idOf).join(',')}`, `a${ap.anp.map(idOf).join(',')}`, ap.banp ? 'b' : '');
  }
  // membership of every distinct peer set, added member by member (not by testing every set on every pod)
  const sets = new Map<Uint8Array, number>();
  for (const p of podPeers(topo)) {
    const set = index.peerSet(p);
    if (sets.has(set)) continue;
    sets.set(set, sets.size);
    for (const idx of index.members(set)) keys[idx]!.push(`p${sets.size - 1}`);
  }
  const names = portNames(topo);
  if (names.length) {
    for (const w of index.workloads) {
      if (w.pseudo || !w.ports.length) continue;
      for (const [k, s] of names.entries()) {
        const ports = w.ports.filter((p) => p.name === s.name && (s.protocol === '' || p.protocol === s.protocol)).map((p) => `${p.protocol}${p.port}`);
        if (ports.length) keys[w.idx]!.push(`n${k}=${ports.sort().join(',')}`);
      }
    }
  }
  const byKey = new Map<string, WorkloadClass>();
  const list: WorkloadClass[] = [];
  const of = new Int32Array(n).fill(-1);
  for (const w of index.workloads) {
    if (w.pseudo) continue;
    const key = keys[w.idx]!.join('|');
    let c = byKey.get(key);
    if (!c) {
      c = { id: list.length, members: [], rep: w };
      byKey.set(key, c);
      list.push(c);
    }
    c.members.push(w);
    of[w.idx] = c.id;
  }
  const peerClasses = new WeakMap<Uint8Array, number[]>();
  return {
    list,
    of,
    ofPeer(p) {
      const set = index.peerSet(p);
      let cs = peerClasses.get(set);
      if (!cs) {
        const seen = new Set<number>();
        for (const idx of index.members(set)) if (of[idx]! >= 0) seen.add(of[idx]!);
        cs = [...seen].sort((a, b) => a - b);
        peerClasses.set(set, cs);
      }
      return cs;
    },
  };
}

/**
 * One direction of a class that only NetworkPolicies govern, as a map from peer class to what its rules allow
 * (built from the rules' member lists, not by testing every peer); undefined when admin policies apply (then
 * `PolicyIndex.decide` is used).
 */
export function classSide(index: PolicyIndex, classes: Classes, dir: Direction, c: WorkloadClass, cache: Map<string, Side | null>): Side | undefined {
  const key = `${dir}:${c.id}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const w = c.rep;
  const ap = index.appliedTo(w);
  if (ap.anp.length || ap.banp) {
    cache.set(key, null);
    return undefined;
  }
  const side: Side = { open: ap.np[dir].length === 0, any: ConnSet.NONE, anyNamed: [], byPeer: new Map(), ipRules: [] };
  for (const p of ap.np[dir]) {
    for (const r of p[dir]!) {
      const named = dir === 'egress' && r.ports?.some((x) => x.kind === 'named');
      if (r.peers === null) {
        if (named) side.anyNamed.push({ rule: r, policy: p });
        else side.any = side.any.union(index.ports(r, { w }, p));
        continue;
      }
      for (const peer of r.peers) {
        if (peer.kind === 'ip') {
          if (peer.net.length) side.ipRules.push({ net: peer.net, conn: dir === 'ingress' ? index.ports(r, { w }, p) : index.ports(r, { ip: peer.net[0]! }, p) });
          continue;
        }
        const fixed = dir === 'ingress' || !named ? index.ports(r, { w }, p) : undefined;
        for (const id of classes.ofPeer(peer)) {
          const conn = fixed ?? index.ports(r, { w: classes.list[id]!.rep }, p);
          const prev = side.byPeer.get(id);
          side.byPeer.set(id, prev ? prev.union(conn) : conn);
        }
      }
    }
  }
  cache.set(key, side);
  return side;
}

/** What a class side allows toward / from a peer class (`dst` resolves named ports of egress rules). */
export function classSideAllows(index: PolicyIndex, side: Side, peer: WorkloadClass, dst: Workload): ConnSet {
  if (side.open) return ConnSet.ALL;
  let c = side.any;
  const own = side.byPeer.get(peer.id);
  if (own) c = c.union(own);
  for (const { rule, policy } of side.anyNamed) c = c.union(index.ports(rule, { w: dst }, policy));
  return c;
}
