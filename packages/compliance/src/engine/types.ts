/** Types shared by the built-in engine, the adapter and the formats. */

/** kube-score's grade scale: 0 = skipped without a grade, 1 critical, 5 warning, 7 almost OK, 10 OK. */
export const GRADES = { SKIPPED: 0, CRITICAL: 1, WARNING: 5, ALMOST_OK: 7, OK: 10 } as const;
export type Grade = (typeof GRADES)[keyof typeof GRADES];

export type { Labels, PodTemplate } from '@flightcheck/k8s';
import type { K8sObject, Labels } from '@flightcheck/k8s';

/** One Kubernetes object of the input: the shared manifest model's object. */
export type KubeObject = K8sObject;

/** An object's metadata as a scorecard carries it (from the model, or from kube-score's JSON). */
export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  labels?: Labels;
  annotations?: Record<string, string>;
  [key: string]: unknown;
}

export interface Comment {
  path: string;
  summary: string;
  description: string;
}

export interface CheckInfo {
  id: string;
  name: string;
  targetType: string;
  comment: string;
  optional: boolean;
}

export interface CheckScore {
  check: CheckInfo;
  grade: Grade;
  skipped: boolean;
  comments: Comment[];
}

/** One scored object: kube-score's scorecard entry. */
export interface ScoredObject {
  key: string;
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  file: string;
  line: number;
  checks: CheckScore[];
}

export interface ScoreOptions {
  /** `[v]MAJOR.MINOR`; default v1.18. */
  kubernetesVersion: { major: number; minor: number };
  minReplicasDeployment: number;
  minReplicasHpa: number;
  ignoreContainerCpuLimit: boolean;
  ignoreContainerMemoryLimit: boolean;
  enableOptionalTests: string[];
  ignoreTests: string[];
  allDefaultOptional: boolean;
  useIgnoreChecksAnnotation: boolean;
  useOptionalChecksAnnotation: boolean;
}

export const DEFAULT_SCORE_OPTIONS: ScoreOptions = {
  kubernetesVersion: { major: 1, minor: 18 },
  minReplicasDeployment: 2,
  minReplicasHpa: 2,
  ignoreContainerCpuLimit: false,
  ignoreContainerMemoryLimit: false,
  enableOptionalTests: [],
  ignoreTests: [],
  allDefaultOptional: false,
  useIgnoreChecksAnnotation: true,
  useOptionalChecksAnnotation: true,
};

export function gradeName(grade: Grade, skipped = false): string {
  if (skipped) return 'SKIPPED';
  return grade <= 1 ? 'CRITICAL' : grade <= 5 ? 'WARNING' : 'OK';
}
