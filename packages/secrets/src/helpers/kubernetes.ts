import type { ObjectRef } from '@flightcheck/core';
import type { YamlDoc } from '../subject.js';

type Obj = Record<string, unknown>;
type Path = (string | number)[];
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A scalar's text (strings, numbers, booleans); undefined for null, collections and absent values. */
const scalar = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : undefined);

/** apiVersion, kind, namespace and name of a document (for a finding's `object`). */
export function objectRef(doc: YamlDoc): ObjectRef | undefined {
  const c = doc.data;
  if (!isObj(c)) return undefined;
  const meta = isObj(c.metadata) ? c.metadata : {};
  const ref: ObjectRef = {};
  const apiVersion = scalar(c.apiVersion);
  const kind = scalar(c.kind);
  const name = scalar(meta.name);
  const namespace = scalar(meta.namespace);
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
  const visit = (node: unknown, path: Path, depth: number): void => {
    if (depth > MAX_DEPTH || !node) return;
    if (isObj(node)) {
      for (const [key, value] of Object.entries(node)) {
        const at = [...path, key];
        if (key === 'env' && Array.isArray(value)) collectK8sEnv(doc, value, at, out);
        else if (key === 'environment') collectCompose(doc, value, at, out);
        visit(value, at, depth + 1);
      }
    } else if (Array.isArray(node)) node.forEach((item, i) => visit(item, [...path, i], depth + 1));
  };
  visit(doc.data, [], 0);
  return out;
}

const valueLine = (doc: YamlDoc, path: Path) => doc.positionOf(path).line;

function collectK8sEnv(doc: YamlDoc, items: unknown[], path: Path, out: NamedValue[]): void {
  items.forEach((item, i) => {
    if (!isObj(item)) return;
    const name = scalar(item.name);
    const value = scalar(item.value);
    if (!name || value === undefined) return;
    out.push({ name, value, line: valueLine(doc, [...path, i, 'value']) });
  });
}

function collectCompose(doc: YamlDoc, value: unknown, path: Path, out: NamedValue[]): void {
  if (isObj(value)) {
    for (const [k, v] of Object.entries(value)) {
      const text = scalar(v);
      if (text !== undefined) out.push({ name: k, value: text, line: valueLine(doc, [...path, k]) });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (typeof item !== 'string') return;
      const eq = item.indexOf('=');
      if (eq > 0) out.push({ name: item.slice(0, eq), value: item.slice(eq + 1), line: valueLine(doc, [...path, i]) });
    });
  }
}

/** The literal entries of a Secret's `data` and `stringData`. */
export function secretEntries(doc: YamlDoc): (NamedValue & { field: 'data' | 'stringData' })[] {
  const c = doc.data;
  if (!isObj(c) || c.kind !== 'Secret') return [];
  const out: (NamedValue & { field: 'data' | 'stringData' })[] = [];
  for (const field of ['data', 'stringData'] as const) {
    const m = c[field];
    if (!isObj(m)) continue;
    for (const [name, v] of Object.entries(m)) {
      const value = scalar(v);
      if (value === undefined || value === '') continue;
      out.push({ field, name, value, line: valueLine(doc, [field, name]) });
    }
  }
  return out;
}
