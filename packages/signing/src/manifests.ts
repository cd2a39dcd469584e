import { InputError, type ObjectRef } from '@flightcheck/core';
import { parseManifestText, POD_TEMPLATE_PATHS, type K8sObject, type YamlPath } from '@flightcheck/k8s';
import type { ManifestImage } from './rules/types.js';

export const MAX_MANIFEST_BYTES = 4 << 20;
const MAX_DOCUMENTS = 2000;
const MAX_LIST_ITEMS = 5000;
const CONTAINER_FIELDS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

type Path = (string | number)[];
type Obj = Record<string, unknown>;

/** The model's pod template paths (Pod, PodTemplate, the workloads, CronJob) and where their PodSpec sits. */
const POD_SPEC_PATHS: Record<string, Path> = Object.fromEntries(Object.entries(POD_TEMPLATE_PATHS).map(([k, p]) => [k, [...p, 'spec']]));

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where a pod spec sits in an object of a given kind ([] when the kind holds none). */
export function podSpecPaths(obj: Obj): Path[] {
  const kind = typeof obj.kind === 'string' ? obj.kind : '';
  const known = POD_SPEC_PATHS[kind];
  if (known) return [known];
  // other workload kinds (operators' CRDs) with a standard pod template
  const spec = obj.spec;
  if (isObj(spec) && isObj(spec.template) && isObj((spec.template as Obj).spec) && Array.isArray(((spec.template as Obj).spec as Obj).containers)) return [['spec', 'template', 'spec']];
  return [];
}

function getIn(obj: unknown, path: Path): unknown {
  let cur = obj;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

function objectRef(obj: Obj): ObjectRef {
  const meta = isObj(obj.metadata) ? obj.metadata : {};
  const ref: ObjectRef = {};
  if (typeof obj.apiVersion === 'string') ref.apiVersion = obj.apiVersion;
  if (typeof obj.kind === 'string') ref.kind = obj.kind;
  if (typeof meta.namespace === 'string') ref.namespace = meta.namespace;
  if (typeof meta.name === 'string') ref.name = meta.name;
  return ref;
}

/** Positions of an object's nodes, from the manifest model (relative to the object's own root). */
interface Where {
  at(path: YamlPath): { line: number; column: number; content?: { line: number; column: number } };
}

/** The objects of a YAML stream through the manifest model; the first problem throws (InputError naming file and line). */
function readObjects(text: string, file: string, origin?: { line: number; column: number }): K8sObject[] {
  const loaded = parseManifestText(text, file, undefined, origin);
  const p = loaded.problems[0];
  if (p) throw new InputError(p.file, p.reason, p.line);
  if (loaded.objects.length > MAX_DOCUMENTS) throw new InputError(file, `holds ${loaded.objects.length} objects, over the limit of ${MAX_DOCUMENTS}`);
  return loaded.objects;
}

function imagesOfObject(obj: Obj, base: Path, file: string, where: Where, out: ManifestImage[], embeddedIn?: string, owner?: ObjectRef): void {
  const ref = owner ?? objectRef(obj);
  for (const specPath of podSpecPaths(obj)) {
    const spec = getIn(obj, specPath);
    if (!isObj(spec)) continue;
    for (const field of CONTAINER_FIELDS) {
      const list = spec[field];
      if (!Array.isArray(list)) continue;
      list.slice(0, MAX_LIST_ITEMS).forEach((c, i) => {
        if (!isObj(c) || typeof c.image !== 'string') return;
        const p = where.at([...base, ...specPath, field, i, 'image']);
        out.push({
          image: c.image,
          container: typeof c.name === 'string' ? c.name : `#${i + 1}`,
          field,
          location: { file, line: p.line, column: p.column },
          object: ref,
          ...(embeddedIn ? { embeddedIn } : {}),
        });
      });
    }
  }
  if (typeof obj.kind === 'string' && obj.kind.endsWith('List') && Array.isArray(obj.items)) {
    obj.items.slice(0, MAX_LIST_ITEMS).forEach((item, i) => {
      if (isObj(item)) imagesOfObject(item, [...base, 'items', i], file, where, out);
    });
  }
  if (obj.kind === 'ConfigMap' && isObj(obj.data) && !embeddedIn) {
    for (const [key, value] of Object.entries(obj.data)) {
      if (typeof value !== 'string' || !/^\s*(kind|apiVersion|spec|containers)\s*:/m.test(value)) continue;
      const p = where.at([...base, 'data', key]);
      let inner;
      try {
        inner = readObjects(value, file, p.content ?? p);
      } catch {
        continue; // a value that is not YAML is not a pod template
      }
      for (const o of inner) imagesOfObject(o.raw, [], file, { at: (q) => o.positionOf(q) }, out, `${ref.kind ?? 'ConfigMap'} ${ref.name ?? '?'} data.${key}`, ref);
    }
  }
}

/** Every container image in a YAML stream of Kubernetes objects, with file, line, column and object. */
export function extractImages(text: string, file: string): ManifestImage[] {
  if (text.length > MAX_MANIFEST_BYTES) throw new InputError(file, `is over ${MAX_MANIFEST_BYTES} bytes`);
  const out: ManifestImage[] = [];
  for (const o of readObjects(text, file)) imagesOfObject(o.raw, [], file, { at: (p) => o.positionOf(p) }, out);
  return out;
}
