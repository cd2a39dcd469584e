import type { K8sObject } from '@flightcheck/k8s';
import { parseAdminPolicy, parseNetworkPolicy, PolicyError } from './policies.js';
import type { AdminPol, IngressBackend, NetPol, Problem, Service, ServicePort, Topology, Workload } from './types.js';
import { buildWorkloads, DEFAULT_NAMESPACE, objectRef } from './workloads.js';

export const NS_NAME_LABEL = 'kubernetes.io/metadata.name';
export const INGRESS_CONTROLLER = '{ingress-controller}';
export const INGRESS_CONTROLLER_NS = 'ingress-controller-ns';

const asRecord = (v: unknown): Record<string, any> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {});
const isGroup = (apiVersion: string, group: string) => apiVersion.split('/')[0] === group;

function problemAt(o: K8sObject, e: unknown): Problem {
  if (e instanceof PolicyError) return { level: 'error', message: `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name ?? '?'}: ${e.message}`, file: o.file, line: o.lineOf(e.path), object: objectRef(o) };
  throw e;
}

function parseService(o: K8sObject, problems: Problem[]): Service {
  const spec = asRecord(o.raw.spec);
  const ports: ServicePort[] = [];
  for (const p of Array.isArray(spec.ports) ? spec.ports : []) {
    const sp = asRecord(p);
    const port = Number(sp.port);
    if (!Number.isInteger(port)) continue;
    const target = sp.targetPort === undefined || sp.targetPort === null || sp.targetPort === '' ? port : typeof sp.targetPort === 'number' ? sp.targetPort : /^\d+$/.test(String(sp.targetPort)) ? Number(sp.targetPort) : String(sp.targetPort);
    ports.push({ port, targetPort: target, ...(typeof sp.name === 'string' && sp.name ? { name: sp.name } : {}) });
  }
  const sel = spec.selector && typeof spec.selector === 'object' ? (Object.fromEntries(Object.entries(spec.selector).map(([k, v]) => [k, String(v)])) as Record<string, string>) : undefined;
  if (!sel) problems.push({ level: 'warning', message: `Service ${o.metadata.namespace || DEFAULT_NAMESPACE}/${o.metadata.name ?? '?'} has no selector; ignored for ingress analysis`, file: o.file, line: o.line, object: objectRef(o) });
  return { ns: o.metadata.namespace || DEFAULT_NAMESPACE, name: o.metadata.name ?? '', ports, object: o, ...(sel ? { selector: sel } : {}) };
}

function backendPort(port: unknown): number | string | undefined {
  const p = asRecord(port);
  if (typeof p.number === 'number') return p.number;
  if (typeof p.name === 'string' && p.name) return p.name;
  return undefined;
}

function ingressBackends(o: K8sObject): IngressBackend[] {
  const ns = o.metadata.namespace || DEFAULT_NAMESPACE;
  const spec = asRecord(o.raw.spec);
  const out: IngressBackend[] = [];
  const add = (b: unknown) => {
    const svc = asRecord(asRecord(b).service);
    if (typeof svc.name !== 'string') return;
    const port = backendPort(svc.port);
    out.push({ ns, service: svc.name, object: o, ...(port !== undefined ? { port } : {}) });
  };
  if (o.kind === 'Ingress') {
    if (spec.defaultBackend) add(spec.defaultBackend);
    for (const r of Array.isArray(spec.rules) ? spec.rules : []) for (const p of Array.isArray(asRecord(asRecord(r).http).paths) ? asRecord(asRecord(r).http).paths : []) add(asRecord(p).backend);
    return out;
  }
  // Route: `to` and `alternateBackends` name Services; spec.port.targetPort picks the port.
  const tp = asRecord(spec.port).targetPort;
  const port = tp === undefined || tp === null ? undefined : typeof tp === 'number' ? tp : /^\d+$/.test(String(tp)) ? Number(tp) : String(tp);
  for (const t of [spec.to, ...(Array.isArray(spec.alternateBackends) ? spec.alternateBackends : [])]) {
    const to = asRecord(t);
    if ((to.kind === undefined || to.kind === 'Service') && typeof to.name === 'string') out.push({ ns, service: to.name, object: o, ...(port !== undefined ? { port } : {}) });
  }
  return out;
}

/** The connectivity model of a set of objects: namespaces, workloads, policies, services and ingress routes. */
export function buildTopology(objects: readonly K8sObject[]): Topology {
  const problems: Problem[] = [];
  const namespaces = new Map<string, Record<string, string>>();
  for (const o of objects) {
    if (o.kind !== 'Namespace' || !o.metadata.name) continue;
    namespaces.set(o.metadata.name, { ...o.metadata.labels, [NS_NAME_LABEL]: o.metadata.labels[NS_NAME_LABEL] ?? o.metadata.name });
  }
  const workloads: Workload[] = buildWorkloads(objects, problems);
  const policies: NetPol[] = [];
  const admin: AdminPol[] = [];
  const baselines: AdminPol[] = [];
  const services: Service[] = [];
  const backends: IngressBackend[] = [];
  for (const o of objects) {
    try {
      if (o.kind === 'NetworkPolicy' && isGroup(o.apiVersion, 'networking.k8s.io')) policies.push(parseNetworkPolicy(o));
      else if ((o.kind === 'AdminNetworkPolicy' || o.kind === 'BaselineAdminNetworkPolicy') && isGroup(o.apiVersion, 'policy.networking.k8s.io')) {
        const p = parseAdminPolicy(o, problems);
        (p.baseline ? baselines : admin).push(p);
      } else if (o.kind === 'Service' && o.apiVersion === 'v1') services.push(parseService(o, problems));
      else if ((o.kind === 'Ingress' && isGroup(o.apiVersion, 'networking.k8s.io')) || (o.kind === 'Route' && isGroup(o.apiVersion, 'route.openshift.io'))) backends.push(...ingressBackends(o));
    } catch (e) {
      problems.push(problemAt(o, e));
    }
  }
  const seen = new Map<number, AdminPol>();
  for (const p of admin) {
    const other = seen.get(p.priority);
    if (other) problems.push({ level: 'error', message: `AdminNetworkPolicy ${p.name} has the same priority (${p.priority}) as ${other.name}: their order is undefined`, file: p.object.file, line: p.object.lineOf(['spec', 'priority']), object: objectRef(p.object) });
    else seen.set(p.priority, p);
  }
  admin.sort((a, b) => a.priority - b.priority);
  let baseline: AdminPol | undefined;
  for (const b of baselines) {
    if (b.name !== 'default') problems.push({ level: 'error', message: `BaselineAdminNetworkPolicy ${b.name}: only one, named "default", is allowed`, file: b.object.file, line: b.object.line, object: objectRef(b.object) });
    else if (baseline) problems.push({ level: 'error', message: 'more than one BaselineAdminNetworkPolicy named "default"', file: b.object.file, line: b.object.line, object: objectRef(b.object) });
    else baseline = b;
  }
  for (const w of workloads) if (!namespaces.has(w.ns)) namespaces.set(w.ns, { [NS_NAME_LABEL]: w.ns });
  return { namespaces, workloads, policies, admin, services, backends, problems, ...(baseline ? { baseline } : {}) };
}
