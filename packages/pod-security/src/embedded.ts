import { parseManifestText, type K8sObject } from './manifests.js';

const MAX_EMBEDDED_BYTES = 1 << 20;
const LOOKS_LIKE_POD = /^\s*kind:\s*["']?Pod["']?\s*$/m;

export interface EmbeddedProblem {
  object: K8sObject;
  key: string;
  reason: string;
  line: number;
}

/**
 * Pod templates kept as text in a ConfigMap (Airflow's KubernetesExecutor `pod_template_file`): each data
 * value that holds a `kind: Pod` document becomes an object of its own, read through the manifest model at
 * the place of its block scalar in the ConfigMap's file (so lines are the file's).
 */
export function embeddedPods(objects: readonly K8sObject[]): { pods: K8sObject[]; problems: EmbeddedProblem[] } {
  const pods: K8sObject[] = [];
  const problems: EmbeddedProblem[] = [];
  for (const cm of objects) {
    if (cm.kind !== 'ConfigMap' || !cm.raw.data || typeof cm.raw.data !== 'object' || Array.isArray(cm.raw.data)) continue;
    for (const [key, value] of Object.entries(cm.raw.data as Record<string, unknown>)) {
      if (typeof value !== 'string' || !LOOKS_LIKE_POD.test(value)) continue;
      const pos = cm.positionOf(['data', key]);
      if (value.length > MAX_EMBEDDED_BYTES) {
        problems.push({ object: cm, key, reason: `larger than ${MAX_EMBEDDED_BYTES} bytes`, line: pos.line });
        continue;
      }
      // a literal block scalar keeps the lines; any other style cannot be placed line for line
      const origin = pos.content ?? { line: pos.line, column: pos.column };
      const inner = parseManifestText(value, cm.source, undefined, origin, { recordPositions: true });
      for (const p of inner.problems) problems.push({ object: cm, key, reason: p.reason, line: p.line ?? pos.line });
      for (const o of inner.objects) {
        if (o.kind !== 'Pod') continue;
        const ns = o.metadata.namespace ?? cm.metadata.namespace;
        const metadata = { ...o.metadata, ...(ns !== undefined ? { namespace: ns } : {}) };
        const pod = o.pod ? { ...o.pod, namespace: ns ?? '' } : undefined;
        pods.push({ ...o, metadata, ...(pod ? { pod } : {}) });
      }
    }
  }
  return { pods, problems };
}
