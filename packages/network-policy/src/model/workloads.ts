import type { K8sObject } from '@flightcheck/k8s';
import { PROTOCOLS, type Protocol } from './connset.js';
import type { ContainerPort, Problem, Workload } from './types.js';

export const WORKLOAD_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob']);
export const DEFAULT_NAMESPACE = 'default';

const asRecord = (v: unknown): Record<string, any> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {});

export function objectRef(o: K8sObject): Problem['object'] {
  return { apiVersion: o.apiVersion, kind: o.kind, namespace: o.metadata.namespace ?? DEFAULT_NAMESPACE, name: o.metadata.name ?? o.metadata.generateName };
}

function templateOf(o: K8sObject): { meta: Record<string, any>; spec: Record<string, any>; path: (string | number)[] } {
  const r = o.raw;
  if (o.kind === 'Pod') return { meta: asRecord(r.metadata), spec: asRecord(r.spec), path: ['spec'] };
  if (o.kind === 'CronJob') {
    const t = asRecord(asRecord(asRecord(asRecord(r.spec).jobTemplate).spec).template);
    return { meta: asRecord(t.metadata), spec: asRecord(t.spec), path: ['spec', 'jobTemplate', 'spec', 'template', 'spec'] };
  }
  const t = asRecord(asRecord(r.spec).template);
  return { meta: asRecord(t.metadata), spec: asRecord(t.spec), path: ['spec', 'template', 'spec'] };
}

function stringLabels(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(asRecord(v))) if (x !== null && x !== undefined) out[k] = String(x);
  return out;
}

function containerPorts(o: K8sObject, spec: Record<string, any>, path: (string | number)[], problems: Problem[]): ContainerPort[] {
  const out: ContainerPort[] = [];
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  containers.forEach((c: unknown, ci: number) => {
    const ports = asRecord(c).ports;
    if (!Array.isArray(ports)) return;
    ports.forEach((p: unknown, pi: number) => {
      const port = asRecord(p);
      const n = Number(port.containerPort);
      const protocol = (port.protocol === undefined || port.protocol === null || port.protocol === '' ? 'TCP' : String(port.protocol)) as Protocol;
      const at = () => o.lineOf([...path, 'containers', ci, 'ports', pi]);
      if (!Number.isInteger(n) || n < 1 || n > 65535) {
        problems.push({ level: 'warning', message: `container port ${JSON.stringify(port.containerPort)} is not a port number (1-65535); ignored`, file: o.file, line: at(), object: objectRef(o) });
        return;
      }
      if (!PROTOCOLS.includes(protocol)) {
        problems.push({ level: 'warning', message: `container port ${n} has an unknown protocol "${protocol}"; ignored`, file: o.file, line: at(), object: objectRef(o) });
        return;
      }
      out.push({ port: n, protocol, ...(typeof port.name === 'string' && port.name ? { name: port.name } : {}) });
    });
  });
  return out;
}

/** The owner a Pod is reported under (a controller other than a Node), if any. */
function ownerOf(o: K8sObject): { kind: string; name: string } | undefined {
  const refs = o.metadata.ownerReferences;
  if (!Array.isArray(refs)) return undefined;
  const withController = refs.find((r) => asRecord(r).controller === true) ?? refs[0];
  const r = asRecord(withController);
  if (typeof r.name !== 'string' || r.kind === 'Node') return undefined;
  return { kind: typeof r.kind === 'string' && r.kind ? r.kind : 'Pod', name: r.name };
}

/** Workloads of the objects: one per workload object, bare Pods collapsed into their owner. */
export function buildWorkloads(objects: readonly K8sObject[], problems: Problem[]): Workload[] {
  const out: Workload[] = [];
  const byDisplay = new Map<string, Workload>();
  for (const o of objects) {
    if (!WORKLOAD_KINDS.has(o.kind)) continue;
    const name = o.metadata.name ?? o.metadata.generateName;
    if (!name) {
      problems.push({ level: 'warning', message: `${o.kind} without metadata.name; ignored`, file: o.file, line: o.line, object: objectRef(o) });
      continue;
    }
    const ns = o.metadata.namespace || DEFAULT_NAMESPACE;
    const { meta, spec, path } = templateOf(o);
    const owner = o.kind === 'Pod' ? ownerOf(o) : undefined;
    const kind = owner?.kind ?? o.kind;
    const wname = owner?.name ?? name;
    const display = `${ns}/${wname}[${kind}]`;
    const labels = o.kind === 'Pod' ? { ...o.metadata.labels } : stringLabels(meta.labels);
    const ports = containerPorts(o, spec, path, problems);
    const prev = byDisplay.get(display);
    if (prev) {
      for (const p of ports) if (!prev.ports.some((q) => q.port === p.port && q.protocol === p.protocol && q.name === p.name)) prev.ports.push(p);
      prev.replicas++;
      continue;
    }
    const r = asRecord(o.raw.spec);
    const count = o.kind === 'Job' ? r.parallelism : o.kind === 'DaemonSet' || o.kind === 'CronJob' || o.kind === 'Pod' ? 1 : r.replicas;
    const w: Workload = { idx: out.length, ns, name: wname, kind, labels, ports, display, replicas: typeof count === 'number' && count > 1 ? 2 : 1, object: o };
    byDisplay.set(display, w);
    out.push(w);
  }
  return out;
}
