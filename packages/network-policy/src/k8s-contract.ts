/**
 * The part of the shared manifest model (`@flightcheck/k8s`, see DESIGN.md) that this check reads.
 * Declared here until that package is on main; the engine takes any object of this shape.
 */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name?: string; generateName?: string; namespace?: string; labels: Record<string, string>; annotations: Record<string, string>; [k: string]: unknown };
  raw: Record<string, any>;
  file: string;
  line: number;
  lineOf(path: readonly (string | number)[]): number;
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
