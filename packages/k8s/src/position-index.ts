import { reloadFast } from './fast-yaml.js';
import { FLOW, MAP, NodeRecorder, SCALAR, SEQ, type NodeRecords } from './node-records.js';
import type { YamlPath } from './types.js';

/**
 * The lines of one document's nodes, so that lineOf is a lookup instead of a walk of a `yaml` Document. While
 * js-yaml reads a document on the fast path, a NodeRecorder (fed by fast-yaml.ts's listener) keeps, for every
 * node as it closes (children before their parent), two numbers: its line, and its depth and kind (scalar,
 * block mapping, block sequence, flow collection). That is the whole cost for a document no line is asked of.
 * The first lineOf walks these records beside the document's data: a node's children are the records just
 * before it one level deeper; a mapping's children pair up as key and value, named by the data's keys in
 * order; a sequence's are its entries; a flow collection's line holds everything in it.
 *
 * Where the line is exact: js-yaml opens a mapping key and a block sequence entry at its first character,
 * which is where `yaml` starts the key node and the entry's node; a flow collection stays on one line in the
 * fast path (fast-yaml.ts sends one over several lines to `yaml`), so every node in it is on the line of its
 * `[` or `{`. Whatever the records cannot account for (an empty sequence entry js-yaml keeps without a node,
 * a mapping whose children do not pair up with its keys: duplicate keys, keys that JavaScript orders as array
 * indexes) is `undefined` for its paths, and the caller walks the `yaml` re-read as before.
 * position-index.spec.ts and test/position-index.test.ts hold the lookups against it.
 */

/** Nodes recorded per document at the most; a bigger document has no index (lineOf re-reads it with `yaml`). */
export const MAX_INDEXED_NODES = 1_000_000;

/**
 * The index of a document the fast path read: `text` from the start of its first line to its end, `firstLine`
 * the line that starts it. Reads the text again with js-yaml (for a document whose records were not kept).
 * `undefined` when js-yaml does not read it (it read it on the fast path, so only if the caller erred) or it
 * has more than `maxNodes` nodes.
 */
export function indexDocument(text: string, firstLine: number, maxNodes = MAX_INDEXED_NODES): DocumentIndex | undefined {
  const rec = new NodeRecorder(true);
  rec.begin(firstLine);
  let data: unknown;
  try {
    data = reloadFast(text, (event, state) => (event === 'open' ? rec.onOpen(state) : rec.onClose(state)));
  } catch {
    return undefined;
  }
  return recordedIndex(rec.end(), data, maxNodes);
}

/** The index of a document from its records and its data as js-yaml read it; `undefined` over `maxNodes` nodes. */
export function recordedIndex(records: NodeRecords, data: unknown, maxNodes = MAX_INDEXED_NODES): DocumentIndex | undefined {
  return (records.to - records.from) / 2 > maxNodes ? undefined : new DocumentIndex(records, data);
}

/** Array indexes: JavaScript lists such keys of an object first, not in the order they were read. */
const INDEX_KEY = /^(?:0|[1-9][0-9]*)$/;

interface Mapping {
  keys: Map<string, number>;
  kids: number[];
}

/** One document's lines. */
export class DocumentIndex {
  private root: number | null | undefined;

  constructor(
    private readonly rec: NodeRecords,
    private readonly data: unknown,
  ) {}

  private line(r: number): number {
    return this.rec.buf[r]!;
  }

  private code(r: number): number {
    return this.rec.buf[r + 1]! & 3;
  }

  /** The root's record, or null when the records do not close into one tree. */
  private rootRecord(): number | null {
    if (this.root !== undefined) return this.root;
    const { buf, from, to } = this.rec;
    let roots = 0;
    for (let r = from; r < to; r += 2) if (buf[r + 1]! >> 2 === 0) roots++;
    return (this.root = roots === 1 && buf[to - 1]! >> 2 === 0 ? to - 2 : null);
  }

  /** The records of the children of the node at `r`, in order. */
  private children(r: number): number[] {
    const { buf, from } = this.rec;
    const depth = buf[r + 1]! >> 2;
    const out: number[] = [];
    for (let j = r - 2; j >= from; j -= 2) {
      const d = buf[j + 1]! >> 2;
      if (d <= depth) break;
      if (d === depth + 1) out.push(j);
    }
    return out.reverse();
  }

  /** What the lookups found out about each node they went through (a check asks many lines of one document). */
  private readonly seen = new Map<number, Mapping | number[] | null | undefined>();

  /**
   * A mapping's children and the child pair each key names (the last one of a duplicate key), or undefined when
   * they do not pair up; null when the records keep no key names and the data's keys do not name the pairs.
   */
  private mapping(r: number, v: unknown): Mapping | undefined | null {
    if (this.seen.has(r)) return this.seen.get(r) as Mapping | undefined | null;
    const m = this.pair(r, v);
    this.seen.set(r, m);
    return m;
  }

  private pair(r: number, v: unknown): Mapping | undefined | null {
    const kids = this.children(r);
    if (kids.length % 2) return undefined;
    for (let i = 0; i < kids.length; i += 2) if (this.code(kids[i]!) !== SCALAR) return undefined;
    const keys = new Map<string, number>();
    const values = this.rec.values;
    if (values) {
      for (let i = 0; i < kids.length; i += 2) keys.set(String(values[(kids[i]! - this.rec.from) / 2]), i);
      return { keys, kids };
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return null;
    const names = Object.keys(v);
    if (kids.length !== names.length * 2) return null;
    for (let i = 0; i < names.length; i++) {
      if (INDEX_KEY.test(names[i]!)) return null;
      keys.set(names[i]!, 2 * i);
    }
    return { keys, kids };
  }

  /** A sequence's entries, or undefined when they are not one node each. */
  private sequence(r: number, v: unknown): number[] | undefined {
    if (this.seen.has(r)) return this.seen.get(r) as number[] | undefined;
    const kids = Array.isArray(v) ? this.children(r) : undefined;
    const s = kids && kids.length === (v as unknown[]).length ? kids : undefined;
    this.seen.set(r, s);
    return s;
  }

  /** Whether the node is one the record cannot account for (null: cannot tell without key names). */
  private unsure(r: number, v: unknown): boolean | null {
    const code = this.code(r);
    if (code === MAP) {
      const m = this.mapping(r, v);
      return m === null ? null : m === undefined;
    }
    if (code === SEQ) return this.sequence(r, v) === undefined;
    return false;
  }

  /**
   * The line of the node at `path` as DocumentPositions.lineOf gives it (a mapping entry's key line, a sequence
   * entry's own line, the nearest existing ancestor's when the path is absent), or `undefined` when the record
   * cannot say (the caller re-reads the document); null when a mapping on the way has keys the data cannot
   * name in order (duplicates, array indexes: indexDocument, which keeps the key names, can say).
   */
  lineOf(path: YamlPath): number | undefined | null {
    let r = this.rootRecord();
    if (r === null) return undefined;
    let v: unknown = this.data;
    const rootUnsure = this.unsure(r, v);
    if (rootUnsure !== false) return rootUnsure === null ? null : undefined;
    let line = this.line(r);
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      if (typeof seg === 'number' && !(Number.isInteger(seg) && seg >= 0)) return undefined;
      const code = this.code(r);
      if (code === MAP) {
        const m = this.mapping(r, v);
        if (!m) return m;
        const k = String(seg);
        const j = m.keys.get(k);
        if (j === undefined) return line;
        line = this.line(m.kids[j]!);
        r = m.kids[j + 1]!;
        v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
      } else if (code === SEQ) {
        const kids = this.sequence(r, v);
        if (!kids) return undefined;
        if (typeof seg !== 'number' || seg >= kids.length) return line;
        r = kids[seg]!;
        v = (v as unknown[])[seg];
        const unsure = this.unsure(r, v);
        if (unsure !== false) return unsure === null ? null : undefined;
        line = this.line(r);
      } else if (code === FLOW) {
        return inFlow(v, path, i, this.line(r), line);
      } else return line;
    }
    return line;
  }
}

/** Inside a flow collection (one line): the path's existing part decides between the collection's line and `line`. */
function inFlow(data: unknown, path: YamlPath, i: number, flowLine: number, line: number): number | undefined {
  let d = data;
  for (; i < path.length; i++) {
    const seg = path[i]!;
    if (typeof seg === 'number' && !(Number.isInteger(seg) && seg >= 0)) return undefined;
    if (Array.isArray(d)) {
      if (typeof seg !== 'number' || seg >= d.length) return line;
      d = d[seg];
    } else if (d !== null && typeof d === 'object') {
      const k = String(seg);
      if (!Object.prototype.hasOwnProperty.call(d, k)) return line;
      d = (d as Record<string, unknown>)[k];
    } else return line;
    line = flowLine;
  }
  return line;
}
