import type { Labels, PodTemplate } from './types.js';

export function asRecord(v: unknown): Record<string, any> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

/** A map of strings (labels, annotations, selectors): null values become '', others their String form. */
export function stringMap(v: unknown): Labels {
  const out: Labels = {};
  for (const [k, x] of Object.entries(asRecord(v))) out[k] = x === null || x === undefined ? '' : String(x);
  return out;
}

/** Where each kind keeps its pod template (the template's `metadata` and `spec` sit under this path). */
export const POD_TEMPLATE_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: [],
  PodTemplate: ['template'],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

/**
 * The pod template of an object of one of the kinds above (the Pod itself for a Pod); the template
 * inherits the object's namespace. Missing levels read as empty mappings.
 */
export function podTemplateOf(obj: { kind: string; raw: Record<string, any>; metadata?: { namespace?: string } }): PodTemplate | undefined {
  const path = POD_TEMPLATE_PATHS[obj.kind];
  if (!path) return undefined;
  let tmpl: Record<string, any> = obj.raw;
  for (const k of path) tmpl = asRecord(tmpl[k]);
  const meta = asRecord(tmpl.metadata);
  return {
    namespace: obj.metadata?.namespace ?? '',
    labels: stringMap(meta.labels),
    annotations: stringMap(meta.annotations),
    spec: asRecord(tmpl.spec),
    specPath: [...path, 'spec'],
  };
}

/** `containers` and `initContainers`, init first, each with its index in its own list. */
export function allContainers(spec: Record<string, any>): Record<string, any>[] {
  return [...containerList(spec, 'initContainers'), ...containerList(spec, 'containers')];
}

export function containersOnly(spec: Record<string, any>): Record<string, any>[] {
  return containerList(spec, 'containers');
}

function containerList(spec: Record<string, any>, field: string): Record<string, any>[] {
  const v = spec[field];
  return Array.isArray(v) ? v.filter((c: unknown) => c && typeof c === 'object' && !Array.isArray(c)) : [];
}
