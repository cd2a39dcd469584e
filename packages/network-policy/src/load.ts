import { expandInputPaths, InputError, readTextInput } from '@flightcheck/core';
import { load as loadYaml } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { K8sObject, LoadedManifests, ManifestProblem } from './k8s-contract.js';

/** Bounds on hostile input. */
export const MAX_FILE_BYTES = 64 << 20;
export const MAX_FILES = 20_000;
export const MAX_DEPTH = 32;
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

/** The documents of a YAML stream: the text of each and the line it starts on. */
function splitDocuments(src: string): { text: string; line: number }[] {
  const lines = src.split('\n');
  const out: { text: string; line: number }[] = [];
  let cur: string[] = [];
  let first = 1;
  lines.forEach((l, i) => {
    if (/^---(\s|$)/.test(l)) {
      out.push({ text: cur.join('\n'), line: first });
      const rest = l.slice(3).trim();
      cur = rest && !rest.startsWith('#') ? [rest] : [];
      first = rest && !rest.startsWith('#') ? i + 1 : i + 2;
    } else if (/^\.\.\.(\s|$)/.test(l)) {
      out.push({ text: cur.join('\n'), line: first });
      cur = [];
      first = i + 2;
    } else cur.push(l);
  });
  out.push({ text: cur.join('\n'), line: first });
  return out.filter((d) => d.text.trim() !== '');
}

/**
 * Parses one file (multi-document YAML or JSON) with js-yaml; a document's lines are found lazily with the
 * `yaml` reference parser (only when a message needs them). A syntax error ends the reading of the file.
 */
export function parseManifestText(text: string, file: string): LoadedManifests {
  const out: LoadedManifests = { objects: [], problems: [], files: [file], passedOver: [] };
  const src = text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
  for (const doc of splitDocuments(src)) {
    let data: unknown;
    try {
      data = loadYaml(doc.text, { filename: file, json: true });
    } catch (e) {
      const mark = (e as { mark?: { line?: number } }).mark;
      out.problems.push({ file, line: doc.line + (mark?.line ?? 0), reason: `invalid YAML: ${((e as { reason?: string }).reason ?? (e as Error).message).split('\n')[0]}; this document and the rest of the file are not read` });
      break;
    }
    if (data === null || data === undefined) continue;
    const locator = lazyLocator(doc.text, doc.line);
    addObject(data, [], file, doc.line, locator, out, 0);
  }
  return out;
}

type Locator = (path: readonly (string | number)[]) => number | undefined;

/** Line of a path in one document, parsed with `yaml` on first use. */
function lazyLocator(text: string, firstLine: number): Locator {
  let doc: Document.Parsed | null | undefined;
  let lc: LineCounter;
  return (path) => {
    if (doc === undefined) {
      lc = new LineCounter();
      try {
        doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false, prettyErrors: false });
        if (doc.errors.length) doc = null;
      } catch {
        doc = null;
      }
    }
    if (!doc) return undefined;
    let n: unknown = doc.contents;
    let best: number | undefined;
    for (const key of ['', ...path]) {
      if (key !== '') {
        if (!n || !(isMap(n) || isSeq(n))) break;
        n = (n as any).get(key, true);
      }
      const r = (n as Node | undefined)?.range;
      if (!r) break;
      best = lc.linePos(r[0]).line + firstLine - 1;
    }
    return best;
  };
}

function addObject(data: unknown, base: (string | number)[], file: string, docLine: number, locate: Locator, out: LoadedManifests, depth: number, listKind?: string): void {
  const line = base.length ? (locate(base) ?? docLine) : docLine;
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
    const itemKind = kind === 'List' ? undefined : kind.slice(0, -'List'.length);
    raw.items.forEach((item: unknown, i: number) => addObject(item, [...base, 'items', i], file, line, locate, out, depth + 1, itemKind));
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
    lineOf: (path) => locate([...base, ...path]) ?? line,
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
