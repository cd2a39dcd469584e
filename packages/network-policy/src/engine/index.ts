import { ConnSet } from '../model/connset.js';
import { within, type IpRange } from '../model/ip.js';
import type { Labels } from '../model/selector.js';
import { INGRESS_CONTROLLER, INGRESS_CONTROLLER_NS, NS_NAME_LABEL } from '../model/topology.js';
import type { AdminPol, AdminRule, NetPol, Peer, PortSpec, Problem, Rule, Topology, Workload } from '../model/types.js';

export type Direction = 'ingress' | 'egress';
/** The other end of a connection: a workload or an IP range. */
export type Target = { w: Workload; ip?: undefined; rep?: undefined } | { w?: undefined; ip: IpRange; rep?: undefined } | { w?: undefined; ip?: undefined; rep: Representative };

/**
 * A representative peer (exposure analysis): the pods one rule peer could match, known only by its selectors.
 * A rule matches it when the rule's selectors are empty or the same (np-guard's full match).
 */
export interface Representative {
  nsKey: string;
  nsEmpty: boolean;
  podKey: string;
  podEmpty: boolean;
}

/** The repKey of the namespace selector `kubernetes.io/metadata.name: ns`. */
export const pinnedNsKey = (ns: string): string => `${NS_NAME_LABEL}=${ns}\u0003`;

/** Which policies apply to one workload, per direction. */
interface Applied {
  np: { ingress: NetPol[]; egress: NetPol[] };
  anp: AdminPol[];
  banp: boolean;
}

const EMPTY_LABELS: Labels = {};

/** See PolicyIndex.side. */
export interface Side {
  /** No policy isolates the direction: everything is allowed. */
  open: boolean;
  /** What rules without peers allow (every peer). */
  any: ConnSet;
  /** Egress rules without peers whose named ports depend on the destination. */
  anyNamed: { rule: Rule; policy: NetPol }[];
  byPeer: Map<number, ConnSet>;
  /** Rules with ipBlock peers: the addresses and what they allow there. */
  ipRules: { net: IpRange[]; conn: ConnSet }[];
}

/**
 * The policies indexed once: which workloads each selector picks (a bit set per distinct peer), which
 * policies select each workload. Decisions per pair are then lookups, not selector evaluations.
 */
export class PolicyIndex {
  readonly workloads: Workload[];
  readonly ingressController?: Workload;
  private readonly nsLabels: Map<string, Labels>;
  private readonly applied: Applied[];
  private readonly peerSets = new Map<string, Uint8Array>();
  private readonly peerSetOf = new WeakMap<object, Uint8Array>();
  private readonly membersOf = new WeakMap<Uint8Array, number[]>();
  private readonly portCache = new WeakMap<object, ConnSet>();
  private readonly namedCache = new WeakMap<object, Map<number, ConnSet>>();
  /** The workloads (and the ingress controller) by namespace, in index order. */
  private readonly byNs = new Map<string, Workload[]>();
  readonly warnings = new Set<string>();
  readonly problems: Problem[] = [];

  constructor(readonly topo: Topology) {
    this.workloads = [...topo.workloads];
    this.nsLabels = new Map(topo.namespaces);
    if (topo.backends.length) {
      const ic: Workload = { idx: this.workloads.length, ns: INGRESS_CONTROLLER_NS, name: INGRESS_CONTROLLER, kind: '', labels: EMPTY_LABELS, ports: [], display: INGRESS_CONTROLLER, replicas: 1, pseudo: true };
      this.workloads.push(ic);
      this.ingressController = ic;
      if (!this.nsLabels.has(INGRESS_CONTROLLER_NS)) this.nsLabels.set(INGRESS_CONTROLLER_NS, { [NS_NAME_LABEL]: INGRESS_CONTROLLER_NS });
    }
    this.applied = this.workloads.map(() => ({ np: { ingress: [], egress: [] }, anp: [], banp: false }));
    const byNs = this.byNs;
    for (const w of this.workloads) {
      const ws = byNs.get(w.ns);
      if (ws) ws.push(w);
      else byNs.set(w.ns, [w]);
    }
    for (const p of topo.policies) {
      for (const w of byNs.get(p.ns) ?? []) {
        if (!p.podSelector.matches(w.labels)) continue;
        if (p.ingress) this.applied[w.idx]!.np.ingress.push(p);
        if (p.egress) this.applied[w.idx]!.np.egress.push(p);
      }
    }
    for (const a of topo.admin) for (const w of this.workloads) if (this.subjectOf(a, w)) this.applied[w.idx]!.anp.push(a);
    if (topo.baseline) for (const w of this.workloads) if (this.subjectOf(topo.baseline, w)) this.applied[w.idx]!.banp = true;
  }

  nsLabelsOf(ns: string): Labels {
    return this.nsLabels.get(ns) ?? { [NS_NAME_LABEL]: ns };
  }

  private subjectOf(a: AdminPol, w: Workload): boolean {
    return a.subject.ns.matches(this.nsLabelsOf(w.ns)) && a.subject.pods.matches(w.labels);
  }

  /** The workloads a pod peer selects, as a bit set computed once per distinct peer. */
  peerSet(p: Extract<Peer, { kind: 'pods' }>): Uint8Array {
    const known = this.peerSetOf.get(p);
    if (known) return known;
    const set = this.computePeerSet(p);
    this.peerSetOf.set(p, set);
    return set;
  }

  /** The indexes of the workloads in a peer set, ascending. */
  members(set: Uint8Array): number[] {
    let m = this.membersOf.get(set);
    if (!m) {
      m = [];
      for (let i = 0; i < set.length; i++) if (set[i]) m.push(i);
      this.membersOf.set(set, m);
    }
    return m;
  }

  private computePeerSet(p: Extract<Peer, { kind: 'pods' }>): Uint8Array {
    const key = `${'exact' in p.ns ? `=${p.ns.exact}` : `~${p.ns.selector.key}`}\u0004${p.pods.key}`;
    let set = this.peerSets.get(key);
    if (!set) {
      set = new Uint8Array(this.workloads.length);
      // namespace first (one test per namespace), then the pod selector on that namespace's workloads only
      for (const [ns, ws] of this.byNs) {
        if (!('exact' in p.ns ? ns === p.ns.exact : p.ns.selector.matches(this.nsLabelsOf(ns)))) continue;
        for (const w of ws) if (p.pods.matches(w.labels)) set[w.idx] = 1;
      }
      this.peerSets.set(key, set);
    }
    return set;
  }

  matches(peers: Peer[] | null, t: Target): boolean {
    if (peers === null) return true;
    if (t.rep) {
      for (const p of peers) {
        if (p.kind !== 'pods') continue;
        const nsOk = 'exact' in p.ns ? !t.rep.nsEmpty && pinnedNsKey(p.ns.exact) === t.rep.nsKey : p.ns.selector.empty || (!t.rep.nsEmpty && p.ns.selector.repKey === t.rep.nsKey);
        if (nsOk && (p.pods.empty || (!t.rep.podEmpty && p.pods.repKey === t.rep.podKey))) return true;
      }
      return false;
    }
    for (const p of peers) {
      if (p.kind === 'pods') {
        if (t.w && this.peerSet(p)[t.w.idx]) return true;
      } else if (t.ip && p.net.some((r) => within(t.ip, r))) return true;
    }
    return false;
  }

  /** What a rule's ports allow toward `dst` (named ports are resolved on the destination pod). */
  ports(rule: Rule, dst: Target, where: { object: { file: string; line: number } } | undefined): ConnSet {
    const specs = rule.ports;
    if (specs === null) return ConnSet.ALL;
    const fixed = this.portCache.get(rule);
    if (fixed) return fixed;
    const hasNamed = specs.some((s) => s.kind === 'named');
    if (!hasNamed) {
      const c = specs.reduce((acc, s) => acc.union(ConnSet.ports(s.protocol as 'TCP', (s as { lo: number }).lo, (s as { hi: number }).hi)), ConnSet.NONE);
      this.portCache.set(rule, c);
      return c;
    }
    const key = dst.w ? dst.w.idx : dst.rep ? -2 : -1;
    let m = this.namedCache.get(rule);
    if (!m) this.namedCache.set(rule, (m = new Map()));
    const hit = m.get(key);
    if (hit) return hit;
    let c = ConnSet.NONE;
    for (const s of specs) c = c.union(this.resolvePort(s, dst, where));
    m.set(key, c);
    return c;
  }

  private resolvePort(s: PortSpec, dst: Target, where: { object: { file: string; line: number } } | undefined): ConnSet {
    if (s.kind === 'range') return ConnSet.ports(s.protocol, s.lo, s.hi);
    if (dst.rep) return ConnSet.namedPort(s.protocol, s.name);
    if (!dst.w) {
      this.warnings.add(`named port "${s.name}" cannot be resolved toward an IP range${where ? ` (${where.object.file}:${where.object.line})` : ''}; it allows nothing there`);
      return ConnSet.NONE;
    }
    let c = ConnSet.NONE;
    for (const p of dst.w.ports) if (p.name === s.name && (s.protocol === '' || p.protocol === s.protocol)) c = c.union(ConnSet.ports(p.protocol, p.port, p.port));
    return c;
  }

  /** What one direction of a workload allows toward / from a target, through all three layers. */
  decide(dir: Direction, subject: Workload, peer: Target): ConnSet {
    const ap = this.applied[subject.idx]!;
    const dst: Target = dir === 'egress' ? peer : { w: subject };
    let allowed = ConnSet.NONE;
    let denied = ConnSet.NONE;
    let rest = ConnSet.ALL;
    if (ap.anp.length) {
      let passed = ConnSet.NONE;
      for (const a of ap.anp) {
        for (const r of a[dir]) {
          if (!this.matches(r.peers, peer)) continue;
          const undecided = this.ports(r, dst, a).subtract(allowed).subtract(denied).subtract(passed);
          if (undecided.isEmpty()) continue;
          if (r.action === 'Allow') allowed = allowed.union(undecided);
          else if (r.action === 'Deny') denied = denied.union(undecided);
          else passed = passed.union(undecided);
        }
      }
      rest = ConnSet.ALL.subtract(allowed).subtract(denied);
      if (rest.isEmpty()) return allowed;
    }
    const nps = ap.np[dir];
    if (nps.length) return allowed.union(rest.intersect(this.npAllows(nps, dir, peer, dst)));
    if (ap.banp && this.topo.baseline) {
      let bAllowed = ConnSet.NONE;
      let bDenied = ConnSet.NONE;
      for (const r of this.topo.baseline[dir] as AdminRule[]) {
        if (!this.matches(r.peers, peer)) continue;
        const undecided = this.ports(r, dst, this.topo.baseline).subtract(bAllowed).subtract(bDenied);
        if (r.action === 'Allow') bAllowed = bAllowed.union(undecided);
        else if (r.action === 'Deny') bDenied = bDenied.union(undecided);
      }
      return allowed.union(rest.subtract(bDenied));
    }
    return allowed.union(rest);
  }

  npAllows(nps: NetPol[], dir: Direction, peer: Target, dst: Target): ConnSet {
    let c = ConnSet.NONE;
    for (const p of nps) {
      for (const r of p[dir]!) {
        if (!this.matches(r.peers, peer)) continue;
        c = c.union(this.ports(r, dst, p));
        if (c.isAll()) return c;
      }
    }
    return c;
  }

  /** What a side allows toward / from an IP range. */
  sideAllowsIp(side: Side, ip: IpRange): ConnSet {
    if (side.open) return ConnSet.ALL;
    let c = side.any;
    for (const r of side.ipRules) if (r.net.some((n) => within(ip, n))) c = c.union(r.conn);
    return c;
  }

  appliedTo(w: Workload): Readonly<Applied> {
    return this.applied[w.idx]!;
  }

  /** Is the workload protected in this direction: selected by a NetworkPolicy, or by an admin policy with rules there? */
  protectedIn(w: Workload, dir: Direction): boolean {
    const ap = this.applied[w.idx]!;
    return ap.np[dir].length > 0 || ap.anp.some((a) => a[dir].length > 0) || (ap.banp && (this.topo.baseline?.[dir].length ?? 0) > 0);
  }

  /** Is the workload isolated in this direction by a NetworkPolicy? */
  isolated(w: Workload, dir: Direction): boolean {
    return this.applied[w.idx]!.np[dir].length > 0;
  }
}
