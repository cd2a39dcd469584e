import { LabelIndex } from './label-index.js';
import type { K8sObject, Labels } from './types.js';

/** The label Kubernetes sets on every Namespace (since 1.21): its own name. */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

export interface NamespaceInfo {
  name: string;
  /** The Namespace object's labels plus `kubernetes.io/metadata.name`; only that label when no Namespace object is in the input. */
  labels: Labels;
  /** The Namespace object, when the input declares it. */
  object?: K8sObject;
}

/** An object's identity: apiVersion, kind, namespace, name (generateName when it has no name). */
export function identityOf(o: K8sObject): string {
  return `${o.apiVersion}\u0000${o.kind}\u0000${o.metadata.namespace ?? ''}\u0000${o.metadata.name ?? o.metadata.generateName ?? ''}`;
}

const CLUSTER_SCOPED = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'StorageClass',
  'PriorityClass', 'IngressClass', 'RuntimeClass', 'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'APIService', 'CSIDriver', 'CSINode', 'VolumeAttachment',
  'PodSecurityPolicy', 'AdminNetworkPolicy', 'BaselineAdminNetworkPolicy', 'ClusterNetworkPolicy', 'CertificateSigningRequest',
]);

/** Whether a kind is cluster-scoped (has no namespace) among the built-in kinds and the admin network policies. */
export const isClusterScoped = (kind: string): boolean => CLUSTER_SCOPED.has(kind);

/**
 * Everything looked up across objects, built once, O(objects): namespaces with their labels (declared by a
 * Namespace object, or only named by the objects in them), objects by namespace and by kind, pod-carrying
 * objects by template label, and objects by identity. Namespaced objects without a namespace sit in
 * `defaultNamespace` ('' unless given).
 */
export class NamespaceIndex {
  readonly pods = new LabelIndex<K8sObject>();
  private readonly nsInfo = new Map<string, NamespaceInfo>();
  private readonly byNs = new Map<string, K8sObject[]>();
  private readonly byKind = new Map<string, K8sObject[]>();
  private readonly byIdentity = new Map<string, K8sObject[]>();

  constructor(
    readonly objects: readonly K8sObject[],
    readonly defaultNamespace = '',
  ) {
    for (const o of objects) {
      if (o.kind === 'Namespace' && o.apiVersion === 'v1' && o.metadata.name) {
        const name = o.metadata.name;
        this.nsInfo.set(name, { name, labels: { ...o.metadata.labels, [NAMESPACE_NAME_LABEL]: name }, object: o });
      }
    }
    for (const o of objects) {
      push(this.byKind, o.kind, o);
      push(this.byIdentity, identityOf(o), o);
      if (isClusterScoped(o.kind)) continue;
      const n = this.namespaceOf(o);
      push(this.byNs, n, o);
      if (n && !this.nsInfo.has(n)) this.nsInfo.set(n, { name: n, labels: { [NAMESPACE_NAME_LABEL]: n } });
      if (o.pod) this.pods.add(n, o, o.pod.labels);
    }
  }

  /** The namespace an object lives in (`defaultNamespace` when it names none; '' for a cluster-scoped kind). */
  namespaceOf(o: K8sObject): string {
    return isClusterScoped(o.kind) ? '' : (o.metadata.namespace ?? this.defaultNamespace);
  }

  namespaces(): NamespaceInfo[] {
    return [...this.nsInfo.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  namespace(name: string): NamespaceInfo | undefined {
    return this.nsInfo.get(name);
  }

  /** Labels of a namespace: declared ones plus `kubernetes.io/metadata.name`, also for one the input does not declare. */
  namespaceLabels(name: string): Labels {
    return this.nsInfo.get(name)?.labels ?? { [NAMESPACE_NAME_LABEL]: name };
  }

  inNamespace(name: string, kind?: string): K8sObject[] {
    const all = this.byNs.get(name) ?? [];
    return kind ? all.filter((o) => o.kind === kind) : all;
  }

  ofKind(kind: string): K8sObject[] {
    return this.byKind.get(kind) ?? [];
  }

  find(apiVersion: string, kind: string, namespace: string, name: string): K8sObject[] {
    return this.byIdentity.get(`${apiVersion}\u0000${kind}\u0000${namespace}\u0000${name}`) ?? [];
  }

  /** Identities held by more than one object (the same object in several files, or twice in one). */
  duplicates(): K8sObject[][] {
    return [...this.byIdentity.values()].filter((l) => l.length > 1);
  }
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
