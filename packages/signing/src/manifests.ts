import { InputError, type ObjectRef } from '@flightcheck/core';
import { isScalar, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import type { ManifestImage } from './rules/types.js';

export const MAX_MANIFEST_BYTES = 4 << 20;
const MAX_DOCUMENTS = 2000;
const MAX_ALIASES = 100;
const MAX_LIST_ITEMS = 5000;
const CONTAINER_FIELDS = ['containers', 'initContainers', 'ephemeralContainers'] as const;
const TEMPLATE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job']);

type Path = (string | number)[];
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where a pod spec sits in an object of a given kind ([] when the kind holds none). */
export function podSpecPaths(obj: Obj): Path[] {
  const kind = typeof obj.kind === 'string' ? obj.kind : '';
  if (kind === 'Pod') return [['spec']];
  if (kind === 'CronJob') return [['spec', 'jobTemplate', 'spec', 'template', 'spec']];
  if (kind === 'PodTemplate') return [['template', 'spec']];
  if (TEMPLATE_KINDS.has(kind)) return [['spec', 'template', 'spec']];
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

interface Positioner {
  /** 1-based line and column of the node at `path` (or of its nearest ancestor that has a position). */
  at(path: Path): { line: number; column: number };
  /** Line of the first content line of a block scalar at `path`. */
  contentLine(path: Path): number;
  /** Leading white space of a line of this text (1-based, in this text's numbering). */
  indentOf(line: number): number;
}

function positioner(doc: Document, lc: LineCounter, lineOffset: number, columnOffset: number, text: string): Positioner {
  const nodeAt = (path: Path): Node | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as Node | undefined;
      if (node && (node as { range?: unknown }).range) return node;
    }
    return undefined;
  };
  const pos = (offset: number) => {
    const p = lc.linePos(offset);
    return { line: p.line + lineOffset, column: p.col + columnOffset };
  };
  return {
    at(path) {
      const node = nodeAt(path);
      return node?.range ? pos(node.range[0]) : { line: 1 + lineOffset, column: 1 };
    },
    contentLine(path) {
      const node = nodeAt(path);
      if (!node?.range) return 1 + lineOffset;
      const start = pos(node.range[0]).line;
      const block = isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
      return block ? start + 1 : start;
    },
    indentOf(line) {
      const start = lc.lineStarts[line - 1 - lineOffset];
      if (start === undefined) return 0;
      return /^[ \t]*/.exec(text.slice(start, start + 200))![0].length;
    },
  };
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

/** Parses YAML text into documents with a bounded alias expansion; throws InputError naming the line. */
function parseDocs(text: string, file: string, lineOffset: number, columnOffset = 0): { doc: Document; data: unknown; where: Positioner }[] {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false });
  if (!Array.isArray(docs)) return []; // an empty stream
  if (docs.length > MAX_DOCUMENTS) throw new InputError(file, `holds ${docs.length} YAML documents, over the limit of ${MAX_DOCUMENTS}`);
  return docs.map((doc) => {
    if (doc.errors.length) {
      const e = doc.errors[0]!;
      throw new InputError(file, `invalid YAML: ${e.message.split('\n')[0]}`, (e.linePos?.[0]?.line ?? 0) + lineOffset || undefined);
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (e) {
      throw new InputError(file, `YAML rejected: ${(e as Error).message} (aliases are limited to ${MAX_ALIASES})`);
    }
    return { doc, data, where: positioner(doc, lc, lineOffset, columnOffset, text) };
  });
}

function imagesOfObject(obj: Obj, base: Path, file: string, where: Positioner, out: ManifestImage[], embeddedIn?: string, owner?: ObjectRef): void {
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
      const line = where.contentLine([...base, 'data', key]);
      let inner;
      try {
        inner = parseDocs(value, file, line - 1, where.indentOf(line));
      } catch {
        continue; // a value that is not YAML is not a pod template
      }
      for (const d of inner) {
        if (isObj(d.data)) imagesOfObject(d.data, [], file, d.where, out, `${ref.kind ?? 'ConfigMap'} ${ref.name ?? '?'} data.${key}`, ref);
      }
    }
  }
}

/** Every container image in a YAML stream of Kubernetes objects, with file, line, column and object. */
export function extractImages(text: string, file: string): ManifestImage[] {
  if (text.length > MAX_MANIFEST_BYTES) throw new InputError(file, `is over ${MAX_MANIFEST_BYTES} bytes`);
  const out: ManifestImage[] = [];
  for (const { data, where } of parseDocs(text, file, 0)) {
    if (isObj(data)) imagesOfObject(data, [], file, where, out);
  }
  return out;
}
