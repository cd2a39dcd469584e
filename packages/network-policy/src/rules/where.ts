import type { Location, ObjectRef } from '@flightcheck/core';
import type { K8sObject } from '@flightcheck/k8s';

/** The location and object reference of a manifest object (optionally of a path inside it). */
export function at(o: K8sObject | undefined, path?: (string | number)[]): { location?: Location; object?: ObjectRef } {
  if (!o) return {};
  return {
    location: { file: o.file, line: path ? o.lineOf(path) : o.line },
    object: { apiVersion: o.apiVersion, kind: o.kind, ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}), ...(o.metadata.name ? { name: o.metadata.name } : {}) },
  };
}
