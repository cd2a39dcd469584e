import type { K8sObject } from '@flightcheck/k8s';
import { MAX_PORT, MIN_PORT, PROTOCOLS, type Protocol } from './connset.js';
import { CidrError, isIPv6, parseCidr, subtractRanges, within, type IpRange } from './ip.js';
import { compileSelector, SelectorError, type Selector } from './selector.js';
import type { AdminPol, AdminRule, NetPol, Peer, PortSpec, Problem, Rule } from './types.js';
import { DEFAULT_NAMESPACE, objectRef } from './workloads.js';

/** An invalid part of a policy; `path` locates it in the object. */
export class PolicyError extends Error {
  constructor(message: string, readonly path: (string | number)[]) {
    super(message);
    this.name = 'PolicyError';
  }
}

const MAX_RULES = 10_000;
const MAX_ITEMS = 10_000;
const asRecord = (v: unknown): Record<string, any> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {});
const list = (v: unknown, path: (string | number)[]): unknown[] => {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new PolicyError(`${path.join('.')} must be a sequence`, path);
  if (v.length > MAX_ITEMS) throw new PolicyError(`${path.join('.')} has more than ${MAX_ITEMS} entries`, path);
  return v;
};

function selector(v: unknown, path: (string | number)[]): Selector {
  try {
    return compileSelector(v, path.join('.'));
  } catch (e) {
    if (e instanceof SelectorError) throw new PolicyError(e.message, path);
    throw e;
  }
}

function protocolOf(v: unknown, path: (string | number)[]): Protocol {
  if (v === undefined || v === null || v === '') return 'TCP';
  const p = String(v);
  if (!PROTOCOLS.includes(p as Protocol)) throw new PolicyError(`unknown protocol "${p}" (TCP, UDP or SCTP)`, path);
  return p as Protocol;
}

function portNumber(v: unknown, path: (string | number)[], what = 'port'): number {
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < MIN_PORT || n > MAX_PORT) throw new PolicyError(`${what} ${JSON.stringify(v)} is out of range (${MIN_PORT}-${MAX_PORT})`, path);
  return n;
}

function cidr(v: unknown, path: (string | number)[]): IpRange {
  try {
    return parseCidr(v);
  } catch (e) {
    if (e instanceof CidrError) throw new PolicyError(e.message, path);
    throw e;
  }
}

/** NetworkPolicy ports: `{protocol, port, endPort}`; a missing port is all ports of the protocol. */
function npPorts(v: unknown, path: (string | number)[]): PortSpec[] | null {
  if (v === undefined || v === null) return null;
  const items = list(v, path);
  if (!items.length) return null;
  return items.map((p, i) => {
    const at = [...path, i];
    const e = asRecord(p);
    const protocol = protocolOf(e.protocol, [...at, 'protocol']);
    if (e.port === undefined || e.port === null) {
      if (e.endPort !== undefined && e.endPort !== null) throw new PolicyError('endPort without port', [...at, 'endPort']);
      return { kind: 'range', protocol, lo: MIN_PORT, hi: MAX_PORT };
    }
    if (typeof e.port === 'string' && !/^\d+$/.test(e.port)) {
      if (e.endPort !== undefined && e.endPort !== null) throw new PolicyError(`a named port ("${e.port}") cannot have an endPort`, [...at, 'endPort']);
      return { kind: 'named', protocol, name: e.port };
    }
    const lo = portNumber(e.port, [...at, 'port']);
    const hi = e.endPort === undefined || e.endPort === null ? lo : portNumber(e.endPort, [...at, 'endPort'], 'endPort');
    if (hi < lo) throw new PolicyError(`endPort ${hi} is below port ${lo}`, [...at, 'endPort']);
    return { kind: 'range', protocol, lo, hi };
  });
}

function npPeer(v: unknown, policyNs: string, path: (string | number)[]): Peer {
  const p = asRecord(v);
  const has = (k: string) => p[k] !== undefined && p[k] !== null;
  if (has('ipBlock')) {
    if (has('podSelector') || has('namespaceSelector')) throw new PolicyError('a peer with ipBlock cannot also have podSelector or namespaceSelector', path);
    const b = asRecord(p.ipBlock);
    if (typeof b.cidr === 'string' && isIPv6(b.cidr)) return { kind: 'ip', include: [], except: [], text: b.cidr, net: [] };
    const include = cidr(b.cidr, [...path, 'ipBlock', 'cidr']);
    const except = list(b.except, [...path, 'ipBlock', 'except']).flatMap((x, i) => {
      if (typeof x === 'string' && isIPv6(x)) return [];
      const r = cidr(x, [...path, 'ipBlock', 'except', i]);
      if (!within(r, include)) throw new PolicyError(`except ${String(x)} is not inside cidr ${String(b.cidr)}`, [...path, 'ipBlock', 'except', i]);
      return [r];
    });
    return { kind: 'ip', include: [include], except, text: String(b.cidr), net: subtractRanges([include], except) };
  }
  if (!has('podSelector') && !has('namespaceSelector')) throw new PolicyError('an empty peer (give podSelector, namespaceSelector or ipBlock)', path);
  const pods = selector(p.podSelector, [...path, 'podSelector']);
  return { kind: 'pods', ns: has('namespaceSelector') ? { selector: selector(p.namespaceSelector, [...path, 'namespaceSelector']) } : { exact: policyNs }, pods };
}

/** Adds `line`, looked up only when a message needs it (finding a line re-reads the document). */
function lazyLine<T extends object>(o: K8sObject, path: (string | number)[], r: T): T & { line: number } {
  let line: number | undefined;
  return Object.defineProperty(r, 'line', { enumerable: true, get: () => (line ??= o.lineOf(path)) }) as T & { line: number };
}

function npRules(o: K8sObject, v: unknown, dir: 'ingress' | 'egress', ns: string): Rule[] {
  const rules = list(v, ['spec', dir]);
  if (rules.length > MAX_RULES) throw new PolicyError(`more than ${MAX_RULES} ${dir} rules`, ['spec', dir]);
  const peerKey = dir === 'ingress' ? 'from' : 'to';
  return rules.map((r, i) => {
    const rule = asRecord(r);
    const path = ['spec', dir, i];
    const peers = list(rule[peerKey], [...path, peerKey]);
    return lazyLine(o, path, {
      peers: peers.length ? peers.map((p, j) => npPeer(p, ns, [...path, peerKey, j])) : null,
      ports: npPorts(rule.ports, [...path, 'ports']),
      index: i,
    });
  });
}

export function parseNetworkPolicy(o: K8sObject): NetPol {
  const spec = asRecord(o.raw.spec);
  const ns = o.metadata.namespace || DEFAULT_NAMESPACE;
  const types = spec.policyTypes === undefined || spec.policyTypes === null ? undefined : list(spec.policyTypes, ['spec', 'policyTypes']).map(String);
  for (const [i, t] of (types ?? []).entries()) if (t !== 'Ingress' && t !== 'Egress') throw new PolicyError(`policyTypes: "${t}" is neither Ingress nor Egress`, ['spec', 'policyTypes', i]);
  const ingress = npRules(o, spec.ingress, 'ingress', ns);
  const egress = npRules(o, spec.egress, 'egress', ns);
  const isolatesIngress = types ? types.includes('Ingress') : true;
  const isolatesEgress = types ? types.includes('Egress') : egress.length > 0;
  return { ns, name: o.metadata.name ?? '', podSelector: selector(spec.podSelector, ['spec', 'podSelector']), ingress: isolatesIngress ? ingress : null, egress: isolatesEgress ? egress : null, object: o };
}

function adminPorts(v: unknown, path: (string | number)[]): PortSpec[] | null {
  if (v === undefined || v === null) return null;
  const items = list(v, path);
  if (!items.length) return null;
  return items.map((p, i) => {
    const e = asRecord(p);
    const at = [...path, i];
    if (e.portNumber) {
      const pn = asRecord(e.portNumber);
      const port = portNumber(pn.port, [...at, 'portNumber', 'port']);
      return { kind: 'range', protocol: protocolOf(pn.protocol, [...at, 'portNumber', 'protocol']), lo: port, hi: port };
    }
    if (e.portRange) {
      const pr = asRecord(e.portRange);
      const lo = portNumber(pr.start, [...at, 'portRange', 'start'], 'start');
      const hi = portNumber(pr.end, [...at, 'portRange', 'end'], 'end');
      if (hi < lo) throw new PolicyError(`portRange end ${hi} is below start ${lo}`, [...at, 'portRange']);
      return { kind: 'range', protocol: protocolOf(pr.protocol, [...at, 'portRange', 'protocol']), lo, hi };
    }
    if (typeof e.namedPort === 'string' && e.namedPort) return { kind: 'named', protocol: '', name: e.namedPort };
    throw new PolicyError('a port entry needs portNumber, portRange or namedPort', at);
  });
}

function adminPeer(v: unknown, path: (string | number)[], o: K8sObject, problems: Problem[]): Peer[] {
  const p = asRecord(v);
  if (p.namespaces !== undefined && p.namespaces !== null) return [{ kind: 'pods', ns: { selector: selector(p.namespaces, [...path, 'namespaces']) }, pods: selector({}, path) }];
  if (p.pods !== undefined && p.pods !== null) {
    const pods = asRecord(p.pods);
    return [{ kind: 'pods', ns: { selector: selector(pods.namespaceSelector, [...path, 'pods', 'namespaceSelector']) }, pods: selector(pods.podSelector, [...path, 'pods', 'podSelector']) }];
  }
  if (p.networks !== undefined && p.networks !== null) {
    const include: IpRange[] = [];
    for (const [i, c] of list(p.networks, [...path, 'networks']).entries()) {
      if (typeof c === 'string' && isIPv6(c)) {
        problems.push({ level: 'warning', message: `IPv6 network ${c} is not analysed`, file: o.file, line: o.lineOf([...path, 'networks', i]), object: objectRef(o) });
        continue;
      }
      include.push(cidr(c, [...path, 'networks', i]));
    }
    return [{ kind: 'ip', include, except: [], text: (p.networks as unknown[]).map(String).join(','), net: subtractRanges(include, []) }];
  }
  if (p.nodes !== undefined && p.nodes !== null) {
    problems.push({ level: 'warning', message: 'a "nodes" peer is not supported and is ignored', file: o.file, line: o.lineOf(path), object: objectRef(o) });
    return [];
  }
  throw new PolicyError('a peer needs namespaces, pods or networks', path);
}

export function parseAdminPolicy(o: K8sObject, problems: Problem[]): AdminPol {
  const baseline = o.kind === 'BaselineAdminNetworkPolicy';
  const spec = asRecord(o.raw.spec);
  const subj = asRecord(spec.subject);
  let subject: AdminPol['subject'];
  if (subj.namespaces !== undefined && subj.namespaces !== null) subject = { ns: selector(subj.namespaces, ['spec', 'subject', 'namespaces']), pods: selector({}, []) };
  else if (subj.pods !== undefined && subj.pods !== null) {
    const pods = asRecord(subj.pods);
    subject = { ns: selector(pods.namespaceSelector, ['spec', 'subject', 'pods', 'namespaceSelector']), pods: selector(pods.podSelector, ['spec', 'subject', 'pods', 'podSelector']) };
  } else throw new PolicyError('spec.subject needs namespaces or pods', ['spec', 'subject']);
  let priority = 0;
  if (!baseline) {
    priority = Number(spec.priority);
    if (!Number.isInteger(priority) || priority < 0 || priority > 1000) throw new PolicyError(`priority ${JSON.stringify(spec.priority)} is not an integer from 0 to 1000`, ['spec', 'priority']);
  }
  const rules = (dir: 'ingress' | 'egress'): AdminRule[] =>
    list(spec[dir], ['spec', dir]).map((r, i) => {
      const rule = asRecord(r);
      const path = ['spec', dir, i];
      const action = String(rule.action);
      if (!(action === 'Allow' || action === 'Deny' || (action === 'Pass' && !baseline))) throw new PolicyError(`action "${action}" is not ${baseline ? 'Allow or Deny' : 'Allow, Deny or Pass'}`, [...path, 'action']);
      const key = dir === 'ingress' ? 'from' : 'to';
      const peers = list(rule[key], [...path, key]).flatMap((p, j) => adminPeer(p, [...path, key, j], o, problems));
      return lazyLine(o, path, { action: action as AdminRule['action'], peers, ports: adminPorts(rule.ports, [...path, 'ports']), index: i, ...(typeof rule.name === 'string' ? { name: rule.name } : {}) });
    });
  return { name: o.metadata.name ?? '', baseline, priority, subject, ingress: rules('ingress'), egress: rules('egress'), object: o };
}
