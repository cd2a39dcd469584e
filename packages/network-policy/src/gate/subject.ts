import { analyzeTopology, type Analysis } from '../analyze.js';
import type { Connection } from '../engine/connlist.js';
import { computeExposure, EC, type Exposure } from '../engine/exposure.js';
import type { Direction, PolicyIndex, Target } from '../engine/index.js';
import type { Endpoint, Intent } from '../intent/intent.js';
import type { LoadedManifests } from '@flightcheck/k8s';
import { ConnSet } from '../model/connset.js';
import { within } from '../model/ip.js';
import { NS_NAME_LABEL } from '../model/topology.js';
import type { AdminPol, NetPol, Rule, Topology, Workload } from '../model/types.js';

/** What the gate's rules look at: the analysis (with the declared pods), its exposure and the intent. */
export interface GateSubject {
  analysis: Analysis;
  exposure: Exposure;
  intent: Intent;
  index: PolicyIndex;
  /** Own workloads (not the ingress controller, not external declared pods). */
  own: Workload[];
  /** The allowed connection between two workloads (none when not listed). */
  between(src: Workload, dst: Workload): ConnSet;
  /** Workloads an endpoint names or selects. */
  resolve(e: Endpoint): Workload[];
  /** Does an endpoint stand for this connection end (a workload, or an IP range)? */
  endpointHas(e: Endpoint, end: { w?: Workload; ip?: { lo: number; hi: number } }): boolean;
  /** The rule that opens `conn` for `subject` in a direction toward / from a peer, with its policy. */
  openingRule(dir: Direction, subject: Workload, peer: Target, conn: ConnSet): { policy: NetPol | AdminPol; rule: Rule } | undefined;
  entireCluster(dir: Direction, w: Workload): ConnSet;
}

/** Adds the pods declared in the intent to the topology (task pods, peers outside the manifests). */
export function withDeclaredPods(topo: Topology, intent: Intent): Topology {
  const workloads = [...topo.workloads];
  const namespaces = new Map(topo.namespaces);
  for (const p of intent.pods) {
    const display = `${p.ns}/${p.name}[Pod]`;
    if (workloads.some((w) => w.display === display)) continue;
    workloads.push({ idx: workloads.length, ns: p.ns, name: p.name, kind: 'Pod', labels: p.labels, ports: p.ports, display, replicas: 1, declared: true, ...(p.external ? { external: true } : {}) });
    if (!namespaces.has(p.ns)) namespaces.set(p.ns, { [NS_NAME_LABEL]: p.ns });
  }
  return { ...topo, workloads, namespaces };
}

export function buildGateSubject(loaded: LoadedManifests, topology: Topology, intent: Intent): GateSubject {
  const topo = withDeclaredPods(topology, intent);
  const analysis = analyzeTopology(loaded, topo);
  const index = analysis.connectivity.index;
  const exposure = computeExposure(analysis.connectivity);
  // the workload pairs, expanded from the class-level connections only when a rule asks for one
  let pairs: Map<string, Connection> | undefined;
  const pairsOf = (): Map<string, Connection> => {
    if (!pairs) {
      pairs = new Map();
      for (const c of analysis.connectivity.connections) if (c.srcW && c.dstW) pairs.set(`${c.srcW.idx}:${c.dstW.idx}`, c);
    }
    return pairs;
  };
  const matchesWorkload = (e: Endpoint, w: Workload): boolean => {
    if (e.kind === 'workload') return `${w.ns}/${w.name}` === e.name || w.display === e.name;
    if (e.kind === 'selector') return (!e.namespace || e.namespace === w.ns) && Object.entries(e.labels).every(([k, v]) => w.labels[k] === v);
    return false;
  };
  return {
    analysis,
    exposure,
    intent,
    index,
    own: index.workloads.filter((w) => !w.pseudo && !w.external),
    between: (src, dst) => pairsOf().get(`${src.idx}:${dst.idx}`)?.conn ?? ConnSet.NONE,
    resolve: (e) => index.workloads.filter((w) => !w.pseudo && matchesWorkload(e, w)),
    endpointHas(e, end) {
      // the API server's address is the cluster's own: any address range, the cluster at large, or a peer
      // declared external may hold it (narrow it with a cidr endpoint when the address is known)
      if (end.w) return matchesWorkload(e, end.w) || (e.kind === 'api' && Boolean(end.w.external));
      if (!end.ip) return false;
      if (e.kind === 'api') return true;
      return e.kind === 'cidr' && within(end.ip, e.range);
    },
    openingRule(dir, subject, peer, conn) {
      const dst: Target = dir === 'egress' ? peer : { w: subject };
      const ap = index.appliedTo(subject);
      for (const a of ap.anp) for (const r of a[dir]) if (r.action === 'Allow' && index.matches(r.peers, peer) && !index.ports(r, dst, a).intersect(conn).isEmpty()) return { policy: a, rule: r };
      for (const p of ap.np[dir]) for (const r of p[dir]!) if (index.matches(r.peers, peer) && !index.ports(r, dst, p).intersect(conn).isEmpty()) return { policy: p, rule: r };
      return undefined;
    },
    entireCluster: (dir, w) => index.decide(dir, w, { rep: EC }),
  };
}
