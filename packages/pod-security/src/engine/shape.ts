import { CONTAINER_LISTS, isMap, type PodPath } from './pod.js';

/** A field whose type is not the Kubernetes API's, or a list too long to judge. */
export interface ShapeProblem {
  path: PodPath;
  kind: 'type' | 'size';
  expected?: string;
  actual?: string;
  count?: number;
}

export const MAX_LIST_ITEMS = 5000;

type Want = 'boolean' | 'integer' | 'string' | 'mapping' | 'list';
const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : isMap(v) ? 'a mapping' : typeof v === 'number' && !Number.isInteger(v) ? 'a fraction' : `a ${typeof v}`);
const ok: Record<Want, (v: unknown) => boolean> = {
  boolean: (v) => typeof v === 'boolean',
  integer: (v) => Number.isInteger(v),
  string: (v) => typeof v === 'string',
  mapping: isMap,
  list: Array.isArray,
};
const article: Record<Want, string> = { boolean: 'a boolean', integer: 'an integer', string: 'a string', mapping: 'a mapping', list: 'a list' };

type Shape = readonly (readonly [string, Want])[];
const SC_POD: Shape = Object.entries({ runAsNonRoot: 'boolean', runAsUser: 'integer', seccompProfile: 'mapping', appArmorProfile: 'mapping', seLinuxOptions: 'mapping', windowsOptions: 'mapping', sysctls: 'list' } as const);
const SC_CONTAINER: Shape = [...SC_POD.filter(([k]) => k !== 'sysctls'), ...Object.entries({ privileged: 'boolean', allowPrivilegeEscalation: 'boolean', capabilities: 'mapping', procMount: 'string' } as const)];
const POD_FIELDS: Shape = Object.entries({ hostNetwork: 'boolean', hostPID: 'boolean', hostIPC: 'boolean', hostUsers: 'boolean', os: 'mapping', runtimeClassName: 'string' } as const);
const PORT_FIELDS: Shape = Object.entries({ hostPort: 'integer', containerPort: 'integer' } as const);
const CAPABILITY_LISTS = ['add', 'drop'] as const;
const SPEC: PodPath = ['spec'];
const SPEC_SC: PodPath = ['spec', 'securityContext'];

/**
 * The fields the checks read, held to the API's types (null counts as unset, as the API server reads it).
 * A wrong type would make the API server reject the object; here it makes the object fail, never pass.
 */
export function shapeProblems(spec: Record<string, any>): ShapeProblem[] {
  const out: ShapeProblem[] = [];
  const want = (o: Record<string, any>, key: string, w: Want, at: PodPath): boolean => {
    const v = o[key];
    if (v === undefined || v === null) return false;
    if (!ok[w](v)) {
      out.push({ path: [...at, key], kind: 'type', expected: article[w], actual: typeOf(v) });
      return false;
    }
    if (w === 'list' && (v as unknown[]).length > MAX_LIST_ITEMS) {
      out.push({ path: [...at, key], kind: 'size', count: (v as unknown[]).length });
      return false;
    }
    return true;
  };
  const fields = (o: Record<string, any>, shape: Shape, at: PodPath) => {
    for (const [k, w] of shape) want(o, k, w, at);
  };
  // `each` gets the item's path; without one, items are only held to be mappings
  const items = (o: Record<string, any>, key: string, at: PodPath, each?: (m: Record<string, any>, p: PodPath) => void) => {
    if (!want(o, key, 'list', at)) return;
    const list = o[key] as unknown[];
    for (let i = 0; i < list.length; i++) {
      const x = list[i];
      if (x === null || x === undefined) continue;
      if (!isMap(x)) out.push({ path: [...at, key, i], kind: 'type', expected: 'a mapping', actual: typeOf(x) });
      else if (each) each(x, [...at, key, i]);
    }
  };
  const securityContext = (o: Record<string, any>, at: PodPath, shape: Shape) => {
    if (!want(o, 'securityContext', 'mapping', at)) return;
    const sc = o.securityContext as Record<string, any>;
    const p = [...at, 'securityContext'];
    fields(sc, shape, p);
    if (isMap(sc.windowsOptions)) want(sc.windowsOptions, 'hostProcess', 'boolean', [...p, 'windowsOptions']);
    if (isMap(sc.capabilities)) {
      for (const k of CAPABILITY_LISTS) {
        if (want(sc.capabilities, k, 'list', [...p, 'capabilities'])) {
          (sc.capabilities[k] as unknown[]).forEach((c, i) => {
            if (typeof c !== 'string') out.push({ path: [...p, 'capabilities', k, i], kind: 'type', expected: 'a string', actual: typeOf(c) });
          });
        }
      }
    }
  };
  fields(spec, POD_FIELDS, SPEC);
  securityContext(spec, SPEC, SC_POD);
  if (isMap(spec.securityContext)) items(spec.securityContext, 'sysctls', SPEC_SC);
  items(spec, 'volumes', SPEC);
  let total = 0;
  for (const key of CONTAINER_LISTS) {
    items(spec, key, SPEC, (c, at) => {
      total++;
      securityContext(c, at, SC_CONTAINER);
      items(c, 'ports', at, (port, pat) => fields(port, PORT_FIELDS, pat));
    });
  }
  if (total > MAX_LIST_ITEMS) out.push({ path: ['spec', 'containers'], kind: 'size', count: total });
  return out;
}
