/**
 * The manifest model of `@flightcheck/k8s` (HELPERS.md contract), declared here until that package lands on
 * main; then these types and `load.ts` are replaced by its import.
 */
export type YamlPath = readonly (string | number)[];

export interface PodTemplate {
  namespace: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  spec: Record<string, any>;
  specPath: (string | number)[];
}

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name?: string; generateName?: string; namespace?: string; labels: Record<string, string>; annotations: Record<string, string>; [k: string]: unknown };
  raw: Record<string, any>;
  file: string;
  line: number;
  lineOf(path: YamlPath): number;
  pod?: PodTemplate;
}

export interface ManifestProblem {
  file: string;
  line?: number;
  reason: string;
}

export interface LoadedManifests {
  objects: K8sObject[];
  problems: ManifestProblem[];
  files: string[];
  passedOver: { file: string; line: number; reason: string }[];
}
