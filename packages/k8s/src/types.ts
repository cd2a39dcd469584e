/** The manifest model: what every check that reads Kubernetes YAML sees. */

export type Labels = Record<string, string>;

/** A path from an object's root to one of its nodes: keys and sequence indexes. */
export type YamlPath = readonly (string | number)[];

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  labels: Labels;
  annotations: Record<string, string>;
  [key: string]: unknown;
}

/** A pod template as the pod checks see it (a Pod is its own template). */
export interface PodTemplate {
  /** The namespace of the object that holds it ('' when it has none). */
  namespace: string;
  labels: Labels;
  annotations: Record<string, string>;
  /** The PodSpec, as parsed (untyped: only the fields a check reads are looked at). */
  spec: Record<string, any>;
  /** Path from the object's root to the PodSpec (`['spec', 'template', 'spec']`; `['spec']` for a Pod). */
  specPath: (string | number)[];
}

export interface SourcePosition {
  line: number;
  column: number;
}

/** Where a text embedded in another file starts (a manifest in a ConfigMap's block scalar): its positions are shifted. */
export type Origin = SourcePosition;

/** One Kubernetes object of the input (a document, or an item of a v1 List), of any kind. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  /** The whole document (or List item), as parsed. */
  raw: Record<string, any>;
  /** The file (Helm's `# Source:` name for a rendered chart, `STDIN` for standard input). */
  file: string;
  /** The document's first line (after its `---`; comments included): kube-score's file_row (1 under a Helm `# Source:`). */
  line: number;
  /** The input the object was read from (differs from `file` for a Helm `# Source:` document). lineOf and positionOf count its lines. */
  source: string;
  /**
   * 1-based line, in `source`, of the node at `path` from the object's root (a key's own line for a mapping entry), or
   * of its nearest existing ancestor when the path is absent. Lazy: the first time a line is asked for, only this
   * document is read again (js-yaml building a position index on the fast path, else the `yaml` reference parser).
   */
  lineOf(path: YamlPath): number;
  /** Line and column of the value at `path` (nearest existing ancestor's when absent), and for a block scalar where its content starts. */
  positionOf(path: YamlPath): SourcePosition & { content?: SourcePosition };
  /** The pod template, for Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate. */
  pod?: PodTemplate;
}

/** A file (or document) that could not be read or parsed: the rest of the input is still read. */
export interface ManifestProblem {
  file: string;
  line?: number;
  reason: string;
}

/** A document that is not an object kube-score would read (no apiVersion or kind), passed over and counted. */
export interface PassedOver {
  file: string;
  line: number;
  reason: string;
}

/** Objects with the same apiVersion, kind, namespace and name in more than one place. */
export interface DuplicateIdentity {
  apiVersion: string;
  kind: string;
  namespace: string;
  name: string;
  places: { file: string; line: number }[];
}

export interface LoadedManifests {
  objects: K8sObject[];
  problems: ManifestProblem[];
  /** The inputs read (paths as expanded, `STDIN` for standard input), whether they held objects or not. */
  files: string[];
  passedOver: PassedOver[];
  /** Inputs that hold no document at all (empty, or only comments). */
  empty: string[];
}

export const emptyLoad = (): LoadedManifests => ({ objects: [], problems: [], files: [], passedOver: [], empty: [] });
