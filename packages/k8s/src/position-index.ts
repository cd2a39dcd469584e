import type { LoaderState } from 'js-yaml';
import { reloadFast } from './fast-yaml.js';
import type { YamlPath } from './types.js';

/**
 * The lines of one document's nodes, so that lineOf is a lookup instead of a walk of a `yaml` Document. Made
 * the first time a line of a document the fast path read is asked for: js-yaml reads the document's text again
 * (several times faster than `yaml` builds a Document) while a listener builds, as nodes close (children
 * before their parent), a tree of their lines: a mapping's keys (their value and line) and values, a
 * sequence's entries, a flow collection's line. Documents no line is asked of cost nothing.
 *
 * Where the line is exact: js-yaml opens a mapping key and a block sequence entry at its first character,
 * which is where `yaml` starts the key node and the entry's node; a flow collection stays on one line in the
 * fast path (fast-yaml.ts sends one over several lines to `yaml`), so every node in it is on the line of its
 * `[` or `{`. Whatever the record cannot account for (an empty sequence entry js-yaml keeps without a node,
 * a mapping whose children do not pair up) is `undefined` for its paths, and the caller walks the `yaml`
 * re-read as before. position-index.spec.ts and test/position-index.test.ts hold the lookups against it.
 */

const SCALAR = 0;
const MAP = 1;
const SEQ = 2;
const FLOW = 3;

/** Nodes recorded per document at the most; a bigger document has no index (lineOf re-reads it with `yaml`). */
export const MAX_INDEXED_NODES = 1_000_000;

interface Scalar { t: typeof SCALAR; line: number; value: unknown }
interface MapNode { t: typeof MAP; line: number; keys: Map<string, [number, Node]> }
interface SeqNode { t: typeof SEQ; line: number; items: Node[] }
interface FlowNode { t: typeof FLOW; line: number; data: unknown }
/** A node the record cannot account for: lookups through it are left to the re-read. */
interface Unsure { t: -1; line: number }
type Node = Scalar | MapNode | SeqNode | FlowNode | Unsure;

const UNSURE: Unsure = { t: -1, line: 0 };
const isBlank = (c: number) => c === 0x20 || c === 0x0a;

/**
 * The index of a document the fast path read: `text` from the start of its first line to its end, `firstLine`
 * the line that starts it. `undefined` when js-yaml does not read it (it read it on the fast path, so only if
 * the caller erred) or it has more than `maxNodes` nodes.
 */
export function indexDocument(text: string, firstLine: number, maxNodes = MAX_INDEXED_NODES): DocumentIndex | undefined {
  const rec = new Recorder(firstLine, maxNodes);
  try {
    reloadFast(text, (event, state) => (event === 'open' ? rec.onOpen(state) : rec.onClose(state)));
  } catch {
    return undefined;
  }
  return rec.full ? undefined : new DocumentIndex(rec.root());
}

/** The record of one document: the tree of the nodes closed so far. Lines are absolute (1-based, in the text read). */
class Recorder {
  /** Closed nodes whose parent is still open, in order. */
  private readonly nodes: Node[] = [];
  private size = 0;
  /** Per open node: where js-yaml opened it, its line (0-based, in the text) and its child count so far. */
  private readonly starts: number[] = [];
  private readonly lines: number[] = [];
  private readonly open: number[] = [];
  full = false;

  constructor(
    private readonly base: number,
    private readonly maxNodes: number,
  ) {}

  onOpen(state: LoaderState): void {
    this.starts.push(state.position);
    this.lines.push(state.line);
    this.open.push(0);
  }

  onClose(state: LoaderState): void {
    const start = this.starts.pop()!;
    let line = this.lines.pop()!;
    const children = this.open.pop()!;
    if (this.open.length) this.open[this.open.length - 1]!++;
    if (this.full) return;
    if (++this.size > this.maxNodes) {
      this.full = true;
      return;
    }
    const kind = state.kind;
    let code = SCALAR;
    let value: unknown = state.result;
    if (kind === 'mapping' || kind === 'sequence') {
      code = kind === 'mapping' ? MAP : SEQ;
      const input = state.input;
      const last = input.charCodeAt(state.position - 1);
      if (last === 0x5d || last === 0x7d) {
        // maybe a flow collection: look at its first character (after blanks and comments)
        let p = start;
        let l = line;
        for (;;) {
          const c = input.charCodeAt(p);
          if (isBlank(c)) {
            if (c === 0x0a) l++;
            p++;
          } else if (c === 0x23 /* # */) {
            p = input.indexOf('\n', p);
            if (p === -1) break;
          } else {
            if (c === 0x5b || c === 0x7b) {
              code = FLOW;
              line = l;
            }
            break;
          }
        }
      }
      if (code === SEQ) value = (state.result as unknown[]).length;
    }
    const nodes = this.nodes;
    const first = nodes.length - children;
    if (first < 0) {
      this.full = true; // cannot happen: js-yaml closes what it opened
      return;
    }
    const n = node(code, this.base + line, nodes, first, value);
    nodes.length = first;
    nodes.push(n);
  }

  /** The document's root, or UNSURE when the nodes did not close into one tree. */
  root(): Node {
    return this.nodes.length === 1 ? this.nodes[0]! : UNSURE;
  }
}

/** A node of the tree, its children being `stack[first..]`. */
function node(code: number, line: number, stack: readonly Node[], first: number, value: unknown): Node {
  if (code === SCALAR) return { t: SCALAR, line, value }; // a plain scalar js-yaml first tried as a mapping has a child: not ours
  if (code === FLOW) return { t: FLOW, line, data: value };
  const count = stack.length - first;
  if (code === SEQ) return count === value ? { t: SEQ, line, items: stack.slice(first) } : UNSURE;
  if (count % 2) return UNSURE;
  const keys = new Map<string, [number, Node]>();
  for (let i = first; i < stack.length; i += 2) {
    const k = stack[i]!;
    if (k.t !== SCALAR) return UNSURE;
    keys.set(String(k.value), [k.line, stack[i + 1]!]); // as js-yaml and yaml name a key; the last one wins
  }
  return { t: MAP, line, keys };
}

/** One document's lines. */
export class DocumentIndex {
  constructor(private readonly root: Node) {}

  /**
   * The line of the node at `path` as DocumentPositions.lineOf gives it (a mapping entry's key line, a sequence
   * entry's own line, the nearest existing ancestor's when the path is absent), or `undefined` when the record
   * cannot say (the caller re-reads the document).
   */
  lineOf(path: YamlPath): number | undefined {
    const root = this.root;
    if (root.t === -1) return undefined;
    let n: Node = root;
    let line = root.line;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      if (typeof seg === 'number' && !(Number.isInteger(seg) && seg >= 0)) return undefined;
      if (n.t === MAP) {
        const e = n.keys.get(String(seg));
        if (!e) return line;
        line = e[0];
        n = e[1];
      } else if (n.t === SEQ) {
        if (typeof seg !== 'number' || seg >= n.items.length) return line;
        n = n.items[seg]!;
        if (n.t === -1) return undefined;
        line = n.line;
      } else if (n.t === FLOW) {
        return inFlow(n.data, path, i, n.line, line);
      } else if (n.t === SCALAR) {
        return line;
      } else return undefined;
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
