/**
 * The pod as the checks see it: the pod (template) annotations and the PodSpec, with paths to the fields a
 * check reads, so that every finding can name the field and its line.
 */

/** A path from the pod's root: `['spec', 'containers', 0, 'securityContext', 'privileged']`, or `['metadata', 'annotations', key]`. */
export type PodPath = (string | number)[];

export interface PodView {
  annotations: Record<string, string>;
  spec: Record<string, any>;
}

export interface ContainerRef {
  /** The container, as parsed (an empty object when the item is not a mapping). */
  c: Record<string, any>;
  name: string;
  path: PodPath;
}

export const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

export const isMap = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** A mapping field, or undefined (Go's nil pointer) when it is absent, null or not a mapping. */
export const mapAt = (o: unknown, key: string): Record<string, any> | undefined => (isMap(o) && isMap(o[key]) ? o[key] : undefined);
/** Go's `x != nil` for a pointer field: present and not null. */
export const present = (o: unknown, key: string): boolean => isMap(o) && o[key] !== undefined && o[key] !== null;
/** A string field ('' when absent: Go's zero value). */
export const str = (o: unknown, key: string): string => (isMap(o) && typeof o[key] === 'string' ? o[key] : isMap(o) && typeof o[key] === 'number' ? String(o[key]) : '');

/**
 * containersOf of the last PodSpec asked about: every check of a pod asks for them, one pod after another (a spec
 * is input, never changed once read). One entry, not a WeakMap by spec: V8's scavenger keeps a WeakMap's values
 * alive with the young specs they belong to, so every judged pod's containers outlived its document (10,000
 * workloads: 30 MB more promoted to the old generation, scavenges three times as long).
 */
let lastSpec: object | undefined;
let lastContainers: readonly ContainerRef[] = [];

/** Init containers, then containers, then ephemeral containers: the library's visit order. Read only (shared). */
export function containersOf(spec: Record<string, any>): readonly ContainerRef[] {
  if (spec === lastSpec) return lastContainers;
  const out: ContainerRef[] = [];
  for (const key of CONTAINER_LISTS) {
    list(spec[key]).forEach((c, i) => {
      const m = isMap(c) ? c : {};
      out.push({ c: m, name: typeof m.name === 'string' ? m.name : m.name === undefined || m.name === null ? '' : String(m.name), path: ['spec', key, i] });
    });
  }
  lastSpec = spec;
  lastContainers = out;
  return out;
}

/** The container's securityContext, or undefined. */
export const scOf = (c: Record<string, any>) => mapAt(c, 'securityContext');
export const podSc = (spec: Record<string, any>) => mapAt(spec, 'securityContext');

/** `spec.hostUsers: false`: the pod runs in a user namespace. */
export const inUserNamespace = (spec: Record<string, any>) => spec.hostUsers === false;
/** `spec.os.name: windows`. */
export const isWindows = (spec: Record<string, any>) => mapAt(spec, 'os')?.name === 'windows';

/** Every field of a Volume's source (the API server's VolumeSource). */
export const VOLUME_SOURCES = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi', 'glusterfs',
  'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile', 'configMap',
  'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected', 'portworxVolume', 'scaleIO', 'storageos', 'csi',
  'ephemeral', 'image',
] as const;

/**
 * The defaults the API server applies before admission sees the object (NOTES §6): a volume without any
 * source becomes `emptyDir: {}` (Pods and templates); in a Pod with `hostNetwork: true` every container and
 * init container port without hostPort gets `hostPort = containerPort` (Pods only since Kubernetes 1.28).
 * Copy on write: the parsed object is left as it was.
 */
export function withApiServerDefaults(spec: Record<string, any>, isPod: boolean): Record<string, any> {
  let out = spec;
  const vols = spec.volumes;
  if (Array.isArray(vols) && vols.some((v) => isMap(v) && !VOLUME_SOURCES.some((k) => present(v, k)))) {
    out = { ...out, volumes: vols.map((v) => (isMap(v) && !VOLUME_SOURCES.some((k) => present(v, k)) ? { ...v, emptyDir: {} } : v)) };
  }
  if (isPod && spec.hostNetwork === true) {
    for (const key of ['containers', 'initContainers'] as const) {
      const cs = out[key];
      if (!Array.isArray(cs)) continue;
      out = {
        ...out,
        [key]: cs.map((c) => {
          if (!isMap(c) || !Array.isArray(c.ports)) return c;
          return { ...c, ports: c.ports.map((p) => (isMap(p) && !p.hostPort && typeof p.containerPort === 'number' ? { ...p, hostPort: p.containerPort } : p)) };
        }),
      };
    }
  }
  return out;
}
