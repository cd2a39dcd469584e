import type { PodTemplate } from './types.js';

/** The (apiVersion, kind) pairs kube-score decodes; every other object is passed over. */
export const RECOGNISED: Record<string, readonly string[]> = {
  Pod: ['v1'],
  Service: ['v1'],
  Job: ['batch/v1'],
  CronJob: ['batch/v1', 'batch/v1beta1'],
  Deployment: ['apps/v1', 'apps/v1beta1', 'apps/v1beta2', 'extensions/v1beta1'],
  StatefulSet: ['apps/v1', 'apps/v1beta1', 'apps/v1beta2'],
  DaemonSet: ['apps/v1', 'apps/v1beta2', 'extensions/v1beta1'],
  NetworkPolicy: ['networking.k8s.io/v1'],
  PodDisruptionBudget: ['policy/v1beta1', 'policy/v1'],
  Ingress: ['extensions/v1beta1', 'networking.k8s.io/v1beta1', 'networking.k8s.io/v1'],
  HorizontalPodAutoscaler: ['autoscaling/v1', 'autoscaling/v2beta1', 'autoscaling/v2beta2', 'autoscaling/v2'],
};

export function isRecognised(apiVersion: string, kind: string): boolean {
  return RECOGNISED[kind]?.includes(apiVersion) ?? false;
}

function asRecord(v: unknown): Record<string, any> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(asRecord(v))) out[k] = x === null || x === undefined ? '' : String(x);
  return out;
}

/** The pod template of an object (the Pod itself for a Pod); the template inherits the parent's namespace. */
export function podTemplateOf(kind: string, raw: Record<string, any>, namespace: string): PodTemplate | undefined {
  let tmpl: Record<string, any> | undefined;
  if (kind === 'Pod') tmpl = raw;
  else if (kind === 'CronJob') tmpl = asRecord(asRecord(asRecord(asRecord(raw.spec).jobTemplate).spec).template);
  else if (kind === 'Deployment' || kind === 'StatefulSet' || kind === 'DaemonSet' || kind === 'Job') tmpl = asRecord(asRecord(raw.spec).template);
  if (!tmpl) return undefined;
  const meta = asRecord(tmpl.metadata);
  return { namespace, labels: stringMap(meta.labels), annotations: stringMap(meta.annotations), spec: asRecord(tmpl.spec) };
}

/** `containers` and `initContainers`, init first, as kube-score's pod checks see them. */
export function allContainers(spec: Record<string, any>): Record<string, any>[] {
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((c) => c && typeof c === 'object') : []);
  return [...list(spec.initContainers), ...list(spec.containers)];
}

export function containersOnly(spec: Record<string, any>): Record<string, any>[] {
  return Array.isArray(spec.containers) ? spec.containers.filter((c: unknown) => c && typeof c === 'object') : [];
}

export { asRecord, stringMap };
