import { InputError } from '@flightcheck/core';
import { compileSelector, SelectorError, type Matcher } from '@flightcheck/k8s';
import { allContainers, asRecord, containersOnly } from '@flightcheck/k8s';
import { stringMap } from '@flightcheck/k8s';
import { sameQuantity } from '../../engine/quantity.js';
import { matchesMap } from '@flightcheck/k8s';
import type { CheckSubject } from '../../engine/check.js';
import type { KubeObject, PodTemplate } from '../../engine/types.js';

/** Shared lookups of the checks (pure). */

export function podOf(s: CheckSubject): PodTemplate {
  return s.object.pod ?? { namespace: s.object.metadata.namespace ?? '', labels: {}, annotations: {}, spec: {}, specPath: ['spec'] };
}

export function containersOf(s: CheckSubject): Record<string, any>[] {
  return allContainers(podOf(s).spec);
}

export function mainContainersOf(s: CheckSubject): Record<string, any>[] {
  return containersOnly(podOf(s).spec);
}

export function containerName(c: Record<string, any>): string {
  return typeof c.name === 'string' ? c.name : '';
}

export function resources(c: Record<string, any>): { limits: Record<string, unknown>; requests: Record<string, unknown> } {
  const r = asRecord(c.resources);
  return { limits: asRecord(r.limits), requests: asRecord(r.requests) };
}

export function specOf(o: KubeObject): Record<string, any> {
  return asRecord(o.raw.spec);
}

/** Services in the pod's namespace whose selector matches its labels (an empty selector matches all). */
export function servicesSelecting(s: CheckSubject): KubeObject[] {
  const pod = podOf(s);
  return s.index.services.candidates(pod.namespace, pod.labels).filter((svc) => matchesMap(stringMap(specOf(svc).selector), pod.labels));
}

/** `replicas` when set (a number), else undefined. */
export function replicasOf(o: KubeObject): number | undefined {
  const r = specOf(o).replicas;
  return typeof r === 'number' ? r : undefined;
}

/** The containers whose request and limit of `resource` differ (both absent = equal). */
export function unequalContainers(s: CheckSubject, resource: 'cpu' | 'memory'): string[] {
  return containersOf(s)
    .filter((c) => {
      const { limits, requests } = resources(c);
      return !sameQuantity(requests[resource], limits[resource]);
    })
    .map(containerName);
}

export { asRecord };

/** Rethrows a selector error as an input error naming the object's file and line (kube-score aborts the run). */
export function selectorOrFail(o: KubeObject, selector: unknown, field: string): Matcher {
  try {
    return compileSelector(selector);
  } catch (e) {
    if (e instanceof SelectorError) throw new InputError(o.file, `${o.kind} ${o.metadata.name ?? ''}: ${field}: ${e.message}`, o.line);
    throw e;
  }
}
