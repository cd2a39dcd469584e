import type { Node, Pair } from 'yaml';
import { isMap, isScalar, isSeq, lineOf, scalarAt, type YamlDoc } from '../subject.js';

export interface K8sObject {
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  name?: string;
}

/** apiVersion, kind, namespace and name of a document (for a finding's `object`). */
export function objectRef(doc: YamlDoc): K8sObject | undefined {
  const c = doc.doc.contents;
  if (!isMap(c)) return undefined;
  const meta = c.get('metadata', true);
  const ref: K8sObject = {};
  const apiVersion = scalarAt(c, 'apiVersion');
  const kind = scalarAt(c, 'kind');
  const name = scalarAt(meta, 'name');
  const namespace = scalarAt(meta, 'namespace');
  if (apiVersion) ref.apiVersion = apiVersion;
  if (kind) ref.kind = kind;
  if (name) ref.name = name;
  if (namespace) ref.namespace = namespace;
  return ref.kind ? ref : undefined;
}

export interface NamedValue {
  name: string;
  value: string;
  line: number;
}

const MAX_DEPTH = 64;

/**
 * Every literal environment variable in a document: Kubernetes `env: [{name, value}]` (not `valueFrom`) and
 * Compose `environment:` (a map, or a list of `NAME=value`). The line is the value's.
 */
export function environmentValues(doc: YamlDoc): NamedValue[] {
  const out: NamedValue[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || !node) return;
    if (isMap(node)) {
      for (const pair of node.items as Pair<Node, Node>[]) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (key === 'env' && isSeq(pair.value)) collectK8sEnv(doc, pair.value.items, out);
        else if (key === 'environment') collectCompose(doc, pair.value, out);
        visit(pair.value, depth + 1);
      }
    } else if (isSeq(node)) for (const item of node.items) visit(item, depth + 1);
  };
  visit(doc.doc.contents, 0);
  return out;
}

function collectK8sEnv(doc: YamlDoc, items: unknown[], out: NamedValue[]): void {
  for (const item of items) {
    if (!isMap(item)) continue;
    const name = scalarAt(item, 'name');
    const node = item.get('value', true);
    if (!name || !isScalar(node) || node.value === null || node.value === undefined) continue;
    out.push({ name, value: String(node.value), line: lineOf(doc, node) ?? 1 });
  }
}

function collectCompose(doc: YamlDoc, value: unknown, out: NamedValue[]): void {
  if (isMap(value)) {
    for (const pair of value.items as Pair<Node, Node>[]) {
      if (isScalar(pair.key) && isScalar(pair.value) && pair.value.value !== null) out.push({ name: String(pair.key.value), value: String(pair.value.value), line: lineOf(doc, pair.value) ?? 1 });
    }
  } else if (isSeq(value)) {
    for (const item of value.items) {
      if (!isScalar(item) || typeof item.value !== 'string') continue;
      const eq = item.value.indexOf('=');
      if (eq > 0) out.push({ name: item.value.slice(0, eq), value: item.value.slice(eq + 1), line: lineOf(doc, item) ?? 1 });
    }
  }
}

/** The literal entries of a Secret's `data` and `stringData`. */
export function secretEntries(doc: YamlDoc): (NamedValue & { field: 'data' | 'stringData' })[] {
  const c = doc.doc.contents;
  if (!isMap(c) || scalarAt(c, 'kind') !== 'Secret') return [];
  const out: (NamedValue & { field: 'data' | 'stringData' })[] = [];
  for (const field of ['data', 'stringData'] as const) {
    const m = c.get(field, true);
    if (!isMap(m)) continue;
    for (const pair of m.items as Pair<Node, Node>[]) {
      if (!isScalar(pair.key) || !isScalar(pair.value) || pair.value.value === null || String(pair.value.value) === '') continue;
      out.push({ field, name: String(pair.key.value), value: String(pair.value.value), line: lineOf(doc, pair.value) ?? lineOf(doc, pair.key) ?? 1 });
    }
  }
  return out;
}
