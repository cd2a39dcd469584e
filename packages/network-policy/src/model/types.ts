import type { K8sObject } from '@flightcheck/k8s';
import type { Protocol } from './connset.js';
import type { IpRange } from './ip.js';
import type { Labels, Selector } from './selector.js';

export interface ContainerPort {
  name?: string;
  port: number;
  protocol: Protocol;
}

/** One modelled pod per workload object (pods of one owner collapse into their owner). */
export interface Workload {
  idx: number;
  ns: string;
  name: string;
  kind: string;
  labels: Labels;
  ports: ContainerPort[];
  /** `ns/name[Kind]`, or `{ingress-controller}` for the pseudo-peer. */
  display: string;
  replicas: number;
  object?: K8sObject;
  /** The ingress controller: only ever a source. */
  pseudo?: boolean;
  /** Declared in flightcheck.yaml (a pod the manifests do not create). */
  declared?: boolean;
  /** Declared as outside our control: a peer only, its own connections are not judged. */
  external?: boolean;
}

export type PortSpec = { kind: 'range'; protocol: Protocol; lo: number; hi: number } | { kind: 'named'; protocol: Protocol | ''; name: string };

/** A peer of a rule: pods (by namespace and pod selector) or IP addresses. */
export type Peer =
  | { kind: 'pods'; ns: { exact: string } | { selector: Selector }; pods: Selector }
  | { kind: 'ip'; include: IpRange[]; except: IpRange[]; text: string; /** include minus except, merged */ net: IpRange[] };

export interface Rule {
  /** null: every peer (IP ranges included). */
  peers: Peer[] | null;
  /** null: every protocol and port. */
  ports: PortSpec[] | null;
  line: number;
  index: number;
}

export interface AdminRule extends Rule {
  action: 'Allow' | 'Deny' | 'Pass';
  name?: string;
}

export interface NetPol {
  ns: string;
  name: string;
  podSelector: Selector;
  /** null: this policy does not isolate the direction. */
  ingress: Rule[] | null;
  egress: Rule[] | null;
  object: K8sObject;
}

export interface AdminPol {
  name: string;
  /** BaselineAdminNetworkPolicy when true. */
  baseline: boolean;
  priority: number;
  subject: { ns: Selector; pods: Selector };
  ingress: AdminRule[];
  egress: AdminRule[];
  object: K8sObject;
}

export interface ServicePort {
  name?: string;
  port: number;
  targetPort: number | string;
}

export interface Service {
  ns: string;
  name: string;
  selector?: Record<string, string>;
  ports: ServicePort[];
  object: K8sObject;
}

/** A Service an Ingress or Route routes to, and the service port it asks for (all when undefined). */
export interface IngressBackend {
  ns: string;
  service: string;
  port?: number | string;
  object: K8sObject;
}

export interface Problem {
  level: 'error' | 'warning';
  /** A file (or its tail) that could not be read: a warning for list and diff, a failure for the gate. */
  unreadable?: boolean;
  message: string;
  file?: string;
  line?: number;
  object?: { apiVersion?: string; kind?: string; namespace?: string; name?: string };
}

export interface Topology {
  namespaces: Map<string, Labels>;
  workloads: Workload[];
  policies: NetPol[];
  admin: AdminPol[];
  baseline?: AdminPol;
  services: Service[];
  backends: IngressBackend[];
  problems: Problem[];
}
