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

const SC_POD: Record<string, Want> = { runAsNonRoot: 'boolean', runAsUser: 'integer', seccompProfile: 'mapping', appArmorProfile: 'mapping', seLinuxOptions: 'mapping', windowsOptions: 'mapping', sysctls: 'list' };
const SC_CONTAINER: Record<string, Want> = { ...SC_POD, privileged: 'boolean', allowPrivilegeEscalation: 'boolean', capabilities: 'mapping', procMount: 'string' };
delete (SC_CONTAINER as Record<string, Want | undefined>).sysctls;

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
  const fields = (o: Record<string, any>, shape: Record<string, Want>, at: PodPath) => {
    for (const [k, w] of Object.entries(shape)) want(o, k, w, at);
  };
  const items = (o: Record<string, any>, key: string, at: PodPath, each: (m: Record<string, any>, p: PodPath) => void) => {
    if (!want(o, key, 'list', at)) return;
    (o[key] as unknown[]).forEach((x, i) => {
      if (x === null || x === undefined) return;
      if (!isMap(x)) out.push({ path: [...at, key, i], kind: 'type', expected: 'a mapping', actual: typeOf(x) });
      else each(x, [...at, key, i]);
    });
  };
  const securityContext = (o: Record<string, any>, at: PodPath, shape: Record<string, Want>) => {
    if (!want(o, 'securityContext', 'mapping', at)) return;
    const sc = o.securityContext as Record<string, any>;
    const p = [...at, 'securityContext'];
    fields(sc, shape, p);
    if (isMap(sc.windowsOptions)) want(sc.windowsOptions, 'hostProcess', 'boolean', [...p, 'windowsOptions']);
    if (isMap(sc.capabilities)) {
      for (const k of ['add', 'drop']) {
        if (want(sc.capabilities, k, 'list', [...p, 'capabilities'])) {
          (sc.capabilities[k] as unknown[]).forEach((c, i) => {
            if (typeof c !== 'string') out.push({ path: [...p, 'capabilities', k, i], kind: 'type', expected: 'a string', actual: typeOf(c) });
          });
        }
      }
    }
  };
  fields(spec, { hostNetwork: 'boolean', hostPID: 'boolean', hostIPC: 'boolean', hostUsers: 'boolean', os: 'mapping', runtimeClassName: 'string' }, ['spec']);
  securityContext(spec, ['spec'], SC_POD);
  if (isMap(spec.securityContext)) items(spec.securityContext, 'sysctls', ['spec', 'securityContext'], () => {});
  items(spec, 'volumes', ['spec'], () => {});
  let total = 0;
  for (const key of CONTAINER_LISTS) {
    items(spec, key, ['spec'], (c, at) => {
      total++;
      securityContext(c, at, SC_CONTAINER);
      items(c, 'ports', at, (port, pat) => fields(port, { hostPort: 'integer', containerPort: 'integer' }, pat));
    });
  }
  if (total > MAX_LIST_ITEMS) out.push({ path: ['spec', 'containers'], kind: 'size', count: total });
  return out;
}
