import { expandInputPaths, InputError, readTextInput } from '@flightcheck/core';
import { isMap, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import type { K8sObject, LoadedManifests, ManifestProblem } from './k8s-contract.js';

/** Bounds on hostile input. */
export const MAX_FILE_BYTES = 64 << 20;
export const MAX_FILES = 20_000;
export const MAX_DEPTH = 32;
export const MAX_ALIASES = 100;
const MAX_LIST_DEPTH = 4;

const MANIFEST_FILE = /\.(ya?ml|json)$/i;

/** The manifest files beneath the given paths (directories recursively, `.yaml`, `.yml`, `.json`). */
export function manifestFiles(paths: readonly string[], cwd: string): string[] {
  return expandInputPaths(paths, { cwd, match: (n) => MANIFEST_FILE.test(n), maxFiles: MAX_FILES, maxDepth: MAX_DEPTH });
}

/**
 * Reads manifest files into objects with source lines. A YAML syntax error ends the reading of its file
 * (the documents before it are kept) and is reported as a problem; other files are unaffected.
 */
export function loadManifestFiles(files: readonly string[]): LoadedManifests {
  const out: LoadedManifests = { objects: [], problems: [], files: [...files], passedOver: [] };
  for (const file of files) {
    let text: string;
    try {
      text = readTextInput(file, { maxBytes: MAX_FILE_BYTES, rejectBinary: true });
    } catch (e) {
      out.problems.push({ file, reason: e instanceof InputError ? e.message : String(e) });
      continue;
    }
    const one = parseManifestText(text, file);
    out.objects.push(...one.objects);
    out.problems.push(...one.problems);
    out.passedOver.push(...one.passedOver);
  }
  return out;
}

export function parseManifestText(text: string, file: string): LoadedManifests {
  const out: LoadedManifests = { objects: [], problems: [], files: [file], passedOver: [] };
  const src = text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
  const lc = new LineCounter();
  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(src, { lineCounter: lc, uniqueKeys: false, prettyErrors: false });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (e) {
    out.problems.push({ file, reason: `invalid YAML: ${(e as Error).message.split('\n')[0]}` });
    return out;
  }
  const lineAt = (offset: number) => lc.linePos(offset).line;
  for (const doc of docs) {
    const err = doc.errors[0];
    if (err) {
      out.problems.push({ file, line: lineAt(err.pos[0]), reason: `invalid YAML: ${err.message.split('\n')[0]}; this document and the rest of the file are not read` });
      break;
    }
    if (!doc.contents) continue;
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (e) {
      out.problems.push({ file, line: lineAt(doc.contents.range?.[0] ?? 0), reason: `YAML rejected: ${(e as Error).message.split('\n')[0]}` });
      continue;
    }
    addObject(data, doc.contents as Node, file, lineAt, out, 0);
  }
  return out;
}

function addObject(data: unknown, node: Node | undefined, file: string, lineAt: (o: number) => number, out: LoadedManifests, depth: number, listKind?: string): void {
  const line = node?.range ? lineAt(node.range[0]) : 1;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    out.passedOver.push({ file, line, reason: 'not a Kubernetes object (a mapping with apiVersion and kind)' });
    return;
  }
  const raw = data as Record<string, any>;
  const kind = typeof raw.kind === 'string' ? raw.kind : listKind;
  if (!kind) {
    out.passedOver.push({ file, line, reason: 'not a Kubernetes object (no kind)' });
    return;
  }
  if (kind === 'List' || (kind.endsWith('List') && Array.isArray(raw.items))) {
    if (depth >= MAX_LIST_DEPTH) {
      out.problems.push({ file, line, reason: `${kind} nested deeper than ${MAX_LIST_DEPTH}` });
      return;
    }
    if (!Array.isArray(raw.items)) {
      out.problems.push({ file, line, reason: `${kind}: items must be a sequence` });
      return;
    }
    const items = node && isMap(node) ? node.get('items', true) : undefined;
    const itemNodes = items && isSeq(items) ? (items.items as Node[]) : [];
    const itemKind = kind === 'List' ? undefined : kind.slice(0, -'List'.length);
    raw.items.forEach((item: unknown, i: number) => addObject(item, itemNodes[i] ?? node, file, lineAt, out, depth + 1, itemKind));
    return;
  }
  const meta = raw.metadata && typeof raw.metadata === 'object' && !Array.isArray(raw.metadata) ? (raw.metadata as Record<string, any>) : {};
  const obj: K8sObject = {
    apiVersion: typeof raw.apiVersion === 'string' ? raw.apiVersion : '',
    kind,
    metadata: { ...meta, labels: stringMap(meta.labels), annotations: stringMap(meta.annotations) },
    raw,
    file,
    line,
    lineOf(path) {
      let n: unknown = node;
      let best = line;
      for (const key of path) {
        if (!n || !(isMap(n) || isSeq(n))) break;
        n = (n as any).get(key, true);
        const r = (n as Node | undefined)?.range;
        if (r) best = lineAt(r[0]);
        else break;
      }
      return best;
    },
  };
  if (typeof meta.namespace === 'string') obj.metadata.namespace = meta.namespace;
  if (typeof meta.name === 'string') obj.metadata.name = meta.name;
  out.objects.push(obj);
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) if (x !== null && x !== undefined) out[k] = String(x);
  return out;
}

export type { ManifestProblem };
