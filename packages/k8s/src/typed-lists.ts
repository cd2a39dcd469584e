import { asRecord, podTemplateOf, stringMap } from './kinds.js';
import { MAX_LIST_DEPTH } from './parse.js';
import type { K8sObject, LoadedManifests, ObjectMeta } from './types.js';

const isTypedList = (o: { kind: string; raw: Record<string, any> }): boolean => o.kind.length > 4 && o.kind.endsWith('List') && Array.isArray(o.raw.items);

/**
 * Replaces each typed list (`PodList`, `NamespaceList`, `NetworkPolicyList`..., as `kubectl get -o yaml|json`
 * writes them) by its items, in place. An item may omit kind (the list's kind without `List`) and apiVersion
 * (the list's). Items that are not mappings are passed over; lines and positions are the item's own in the
 * file. The v1 `List` is expanded by parseManifestText already; this is for readers that take typed lists too.
 */
export function expandTypedLists(loaded: LoadedManifests): LoadedManifests {
  if (!loaded.objects.some(isTypedList)) return loaded;
  const out: K8sObject[] = [];
  for (const o of loaded.objects) expandOne(o, out, loaded, 0);
  loaded.objects = out;
  return loaded;
}

function expandOne(o: K8sObject, out: K8sObject[], loaded: LoadedManifests, depth: number): void {
  if (!isTypedList(o)) {
    out.push(o);
    return;
  }
  if (depth >= MAX_LIST_DEPTH) {
    loaded.problems.push({ file: o.file, line: o.line, reason: `${o.kind} nested deeper than ${MAX_LIST_DEPTH}` });
    return;
  }
  const itemKind = o.kind.slice(0, -'List'.length);
  (o.raw.items as unknown[]).forEach((item, i) => {
    const at = ['items', i];
    const line = o.lineOf(at);
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      loaded.passedOver.push({ file: o.file, line, reason: `${o.kind} item ${i} is not a Kubernetes object (a mapping)` });
      return;
    }
    const raw = item as Record<string, any>;
    const meta = asRecord(raw.metadata);
    const metadata = { ...meta, labels: stringMap(meta.labels), annotations: stringMap(meta.annotations) } as ObjectMeta;
    if (meta.namespace !== undefined && meta.namespace !== null) metadata.namespace = String(meta.namespace);
    else delete metadata.namespace;
    const child: K8sObject = {
      apiVersion: typeof raw.apiVersion === 'string' && raw.apiVersion ? raw.apiVersion : o.apiVersion,
      kind: typeof raw.kind === 'string' && raw.kind ? raw.kind : itemKind,
      metadata,
      raw,
      file: o.file,
      line,
      source: o.source,
      lineOf: (p) => o.lineOf([...at, ...p]),
      positionOf: (p) => o.positionOf([...at, ...p]),
    };
    const pod = podTemplateOf(child);
    if (pod) child.pod = pod;
    expandOne(child, out, loaded, depth + 1);
  });
}
