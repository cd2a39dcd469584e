import { InputError } from '@flightcheck/core';
import { ManifestError } from './errors.js';
import { fastDocuments, type StreamDocument } from './fast-yaml.js';
import { asRecord, podTemplateOf, stringMap } from './kinds.js';
import { DocumentPositions, LineIndex } from './line-of.js';
import { guardNesting } from './nesting.js';
import { emptyLoad, type K8sObject, type LoadedManifests, type ManifestProblem, type ObjectMeta, type Origin, type SourcePosition, type YamlPath } from './types.js';
import { yamlDocuments } from './yaml-documents.js';

/** v1 Lists nested in v1 Lists, at the most. */
export const MAX_LIST_DEPTH = 8;

/** The documents of one file: js-yaml when fast-yaml.ts is sure it reads them as `yaml` does, else `yaml` itself. */
export function readDocuments(src: string, file: string): StreamDocument[] {
  return readIndexed(src, file).docs;
}

/** The fast path's records of a document's nodes, for its position index. */
const recordedOf = (d: StreamDocument) => (d.records ? { records: d.records, data: d.data } : undefined);

/**
 * The line at a fast-path document's offset, which is its `line` unless a Helm `# Source:` renamed it (then 1):
 * spares counting the lines of a whole stream for the first lineOf.
 */
const firstLineOf = (d: StreamDocument, file: string, fast: boolean): number | undefined => (fast && d.name === file ? d.line : undefined);

/** readDocuments, and whether the fast path read them (their lines can then be looked up in a position index). */
function readIndexed(src: string, file: string, record = false): { docs: StreamDocument[]; fast: boolean } {
  guardNesting(src, file);
  const docs = fastDocuments(src, file, record);
  return docs ? { docs, fast: true } : { docs: [...yamlDocuments(src, file)], fast: false };
}

export interface ParseOptions {
  /**
   * Keep the lines of every node as the fast path reads the documents (node-records.ts), so that lineOf needs no
   * second read of a document: for a check that asks the lines of many objects (pod-security names a field of
   * every violating workload). It costs a little on every document, so a check that asks few lines goes without.
   * The lines are the same either way.
   */
  recordPositions?: boolean;
}

/**
 * Parses one file's text (multi-document YAML) into Kubernetes objects of every kind. The file is read whole
 * or not at all: a syntax error, a bound passed or a document that cannot be an object is one problem naming
 * the file and line, and none of the file's objects is kept. Documents without apiVersion or kind are passed
 * over (kube-score does the same) and counted. Appends to `into` when given. `origin`: where the text starts
 * when it is embedded in another file (a literal block scalar): lines and columns are shifted by it.
 */
export function parseManifestText(text: string, file: string, into: LoadedManifests = emptyLoad(), origin?: Origin, options: ParseOptions = {}): LoadedManifests {
  const src = text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
  into.files.push(file);
  const mine = emptyLoad();
  try {
    const { docs, fast } = readIndexed(src, file, options.recordPositions);
    if (!docs.length) into.empty.push(file);
    const shift = origin ? origin.line - 1 : 0;
    const columnShift = origin ? origin.column - 1 : 0;
    const lines = new LineIndex(src);
    for (const d of docs) addDocument(d.data, { name: d.name, source: file, line: d.line + shift, columnShift, positions: new DocumentPositions(lines, d.offset, shift, fast, firstLineOf(d, file, fast), recordedOf(d)) }, [], mine, 0);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const line = e.line ? e.line + (origin ? origin.line - 1 : 0) : undefined;
    into.problems.push({ file: e.file, ...(line ? { line } : {}), reason: e.reason });
    return into;
  }
  into.objects.push(...mine.objects);
  into.passedOver.push(...mine.passedOver);
  return into;
}

/** One YAML document of any shape (a Compose file, a values file, a Kubernetes object), with positions. */
export interface YamlDocument {
  data: unknown;
  /** The file it names (Helm's `# Source:`), and the document's first line. */
  file: string;
  line: number;
  /** Line of the node at `path` (its key's line for a mapping entry), counted in the input read. */
  lineOf(path: YamlPath): number;
  positionOf(path: YamlPath): SourcePosition & { content?: SourcePosition };
}

/**
 * The documents of one YAML text of any kind, read with the same paths and bounds as the manifests: for
 * readers that look at YAML that is not (only) Kubernetes objects. A file that cannot be read is a problem
 * and no documents.
 */
export function readYamlDocuments(text: string, file: string, origin?: Origin): { documents: YamlDocument[]; problem?: ManifestProblem } {
  const src = text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
  const shift = origin ? origin.line - 1 : 0;
  const cs = origin ? origin.column - 1 : 0;
  let docs: StreamDocument[];
  let fast: boolean;
  try {
    ({ docs, fast } = readIndexed(src, file));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { documents: [], problem: { file: e.file, ...(e.line ? { line: e.line + shift } : {}), reason: e.reason } };
  }
  const lines = new LineIndex(src);
  return {
    documents: docs.map((d) => {
      const pos = new DocumentPositions(lines, d.offset, shift, fast, firstLineOf(d, file, fast), recordedOf(d));
      return { data: d.data, file: d.name, line: d.line + shift, lineOf: (p: YamlPath) => pos.lineOf(p), positionOf: (p: YamlPath) => shiftColumns(pos.positionOf(p), cs) };
    }),
  };
}

function shiftColumns(r: SourcePosition & { content?: SourcePosition }, cs: number): SourcePosition & { content?: SourcePosition } {
  if (!cs) return r;
  return { line: r.line, column: r.column + cs, ...(r.content ? { content: { line: r.content.line, column: r.content.column + cs } } : {}) };
}

interface Place {
  name: string;
  source: string;
  line: number;
  columnShift: number;
  positions: DocumentPositions;
}

function addDocument(data: unknown, at: Place, prefix: (string | number)[], into: LoadedManifests, depth: number): void {
  const { name: file, line } = at;
  const where = prefix.length ? `List item ${String(prefix[1])}` : 'the document';
  if (Array.isArray(data)) throw new ManifestError(file, `${where} is a YAML sequence, not a Kubernetes object (a mapping with apiVersion and kind)`, line);
  if (typeof data !== 'object' || data === null) throw new ManifestError(file, `${where} is a scalar (${JSON.stringify(data)?.slice(0, 40)}), not a Kubernetes object`, line);
  const obj = data as Record<string, any>;
  const { apiVersion, kind } = obj;
  if (typeof kind !== 'string' || !kind || typeof apiVersion !== 'string' || !apiVersion) {
    const missing = [typeof apiVersion !== 'string' || !apiVersion ? 'apiVersion' : '', typeof kind !== 'string' || !kind ? 'kind' : ''].filter(Boolean).join(' and ');
    into.passedOver.push({ file, line, reason: `${where} has no ${missing}` });
    return;
  }
  if (kind === 'List' && apiVersion === 'v1') {
    if (depth >= MAX_LIST_DEPTH) throw new ManifestError(file, `List nested deeper than ${MAX_LIST_DEPTH}`, line);
    if (obj.items !== undefined && obj.items !== null && !Array.isArray(obj.items)) throw new ManifestError(file, 'List.items must be a sequence', line);
    for (const [i, item] of ((obj.items ?? []) as unknown[]).entries()) addDocument(item, at, [...prefix, 'items', i], into, depth + 1);
    return;
  }
  const rawMeta = obj.metadata;
  if (rawMeta !== undefined && rawMeta !== null && (typeof rawMeta !== 'object' || Array.isArray(rawMeta))) throw new ManifestError(file, `${kind}: metadata must be a mapping`, line);
  const meta = asRecord(rawMeta);
  for (const key of ['labels', 'annotations'] as const) {
    const v = meta[key];
    if (v !== undefined && v !== null && (typeof v !== 'object' || Array.isArray(v))) throw new ManifestError(file, `${kind} ${String(meta.name ?? '')}: metadata.${key} must be a mapping`, line);
  }
  const metadata = { ...meta, labels: stringMap(meta.labels), annotations: stringMap(meta.annotations) } as ObjectMeta;
  if (meta.namespace !== undefined && meta.namespace !== null) metadata.namespace = String(meta.namespace);
  else delete metadata.namespace;
  const positions = at.positions;
  const full = (p: YamlPath): YamlPath => (prefix.length ? [...prefix, ...p] : p);
  const cs = at.columnShift;
  const o: K8sObject = {
    apiVersion,
    kind,
    metadata,
    raw: obj,
    file,
    line,
    source: at.source,
    lineOf: (p) => positions.lineOf(full(p)),
    positionOf: (p) => shiftColumns(positions.positionOf(full(p)), cs),
  };
  const pod = podTemplateOf(o);
  if (pod) o.pod = pod;
  into.objects.push(o);
}
