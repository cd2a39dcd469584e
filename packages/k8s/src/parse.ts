import { InputError } from '@flightcheck/core';
import { ManifestError } from './errors.js';
import { fastDocuments, type StreamDocument } from './fast-yaml.js';
import { asRecord, podTemplateOf, stringMap } from './kinds.js';
import { DocumentPositions, LineIndex } from './line-of.js';
import { guardNesting } from './nesting.js';
import { emptyLoad, type K8sObject, type LoadedManifests, type ManifestProblem, type ObjectMeta, type Origin, type PassedOver, type SourcePosition, type YamlPath } from './types.js';
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
  /**
   * Hand the objects to a sink as each document is read, instead of collecting them in `into.objects`: a reader
   * done with an object before the next is read keeps one document alive at a time, not the whole stream. The
   * objects and the problem are those of the collecting path, in the same order: the sink is told to discard
   * what it received of a file that turns out not to be readable as a whole (a problem) or that the `yaml` path
   * must read again (it then receives the `yaml` path's objects).
   */
  sink?: ObjectSink;
}

/** Receives a file's objects as they are read (ParseOptions.sink). */
export interface ObjectSink {
  /** A file starts: discard() drops what was received since. */
  begin(): void;
  object(o: K8sObject): void;
  discard(): void;
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
  const sink = options.sink;
  sink?.begin();
  try {
    const shift = origin ? origin.line - 1 : 0;
    const columnShift = origin ? origin.column - 1 : 0;
    const lines = new LineIndex(src);
    const add = (d: StreamDocument, fast: boolean) => addDocument(d.data, { name: d.name, source: file, line: d.line + shift, columnShift, positions: new DocumentPositions(lines, d.offset, shift, fast, firstLineOf(d, file, fast), recordedOf(d)) }, [], mine, 0);
    const count = sink ? streamDocuments(src, file, options.recordPositions === true, add, mine, sink) : undefined;
    if (count === undefined) {
      // with a sink, the fast path has had its go: straight to `yaml`
      const { docs, fast } = sink ? { docs: [...yamlDocuments(src, file)], fast: false } : readIndexed(src, file, options.recordPositions);
      if (!docs.length) into.empty.push(file);
      for (const d of docs) add(d, fast);
    } else if (!count) into.empty.push(file);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    sink?.discard();
    const line = e.line ? e.line + (origin ? origin.line - 1 : 0) : undefined;
    into.problems.push({ file: e.file, ...(line ? { line } : {}), reason: e.reason });
    return into;
  }
  if (sink) for (const o of mine.objects) sink.object(o);
  else into.objects.push(...mine.objects);
  into.passedOver.push(...mine.passedOver);
  return into;
}

/**
 * The fast path with a sink: each document's objects go to the sink as soon as it is read. Returns the number
 * of documents, or `undefined` when the `yaml` path must read the file (the sink has discarded what it got, and
 * `mine` is empty again). A document that cannot be an object does not end the read at once: the fast path may
 * still give the file to `yaml`, whose reading then decides (as on the collecting path, which reads every
 * document before it looks at one); otherwise the first such error is the file's problem.
 */
function streamDocuments(src: string, file: string, record: boolean, add: (d: StreamDocument, fast: boolean) => void, mine: LoadedManifests, sink: ObjectSink): number | undefined {
  guardNesting(src, file);
  let count = 0;
  let failed: unknown;
  const docs = fastDocuments(src, file, record, (d) => {
    count++;
    if (failed !== undefined) return;
    try {
      add(d, true);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      failed = e;
      sink.discard();
      return;
    }
    for (const o of mine.objects) sink.object(o);
    mine.objects.length = 0;
  });
  if (!docs) {
    sink.discard();
    mine.objects.length = 0;
    mine.passedOver.length = 0;
    return undefined;
  }
  if (failed !== undefined) throw failed;
  return count;
}

/**
 * Reads one part of a stream (stream-parts.ts: from a document start, at line `startLine` of `file`) on the fast
 * path, each object to the sink as its document is read, with the lines, names and positions reading the whole
 * stream gives. `undefined` when the part cannot be read so (the `yaml` path must read it, a document is not an
 * object, a bound is passed): what the sink received is then not the file's, and the caller reads the whole
 * file with parseManifestText, which says what is wrong where. CRLF line ends are the caller's (a part of a
 * stream that has them is not read: `undefined`).
 */
export function readStreamPart(text: string, file: string, startLine: number, sink: Pick<ObjectSink, 'object'>): { documents: number; passedOver: PassedOver[] } | undefined {
  if (text.includes('\r')) return undefined;
  const shift = startLine - 1;
  const mine = emptyLoad();
  const lines = new LineIndex(text);
  let documents = 0;
  let failed = false;
  try {
    guardNesting(text, file);
    const docs = fastDocuments(text, file, true, (d) => {
      documents++;
      if (failed) return;
      // a Helm document's line is 1 wherever it is; every other line is the stream's
      const place = { name: d.name, source: file, line: d.renamed ? d.line : d.line + shift, columnShift: 0, positions: new DocumentPositions(lines, d.offset, shift, true, firstLineOf(d, file, true), recordedOf(d)) };
      try {
        addDocument(d.data, place, [], mine, 0);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        failed = true;
        return;
      }
      for (const o of mine.objects) sink.object(o);
      mine.objects.length = 0;
    });
    if (!docs || failed) return undefined;
  } catch (e) {
    if (e instanceof InputError) return undefined;
    throw e;
  }
  return { documents, passedOver: mine.passedOver };
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
