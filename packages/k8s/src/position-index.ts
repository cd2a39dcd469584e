import type { YamlPath } from './types.js';

/**
 * Lines of a file's nodes, recorded while the fast path reads it, so that lineOf is a lookup instead of a
 * re-read of the document with `yaml`. js-yaml's listener reports every node it composes ('open' at its
 * start, 'close' when done); the recorder keeps, in the order nodes close (children before their parent),
 * each node's line, kind and number of child nodes, and for scalars their value (a mapping's key). A
 * document's tree is rebuilt from that record the first time one of its lines is asked for.
 *
 * Where the line is exact: js-yaml opens a mapping key and a block sequence entry at its first character,
 * which is where `yaml` starts the key node and the entry's node; a flow collection stays on one line in the
 * fast path (fast-yaml.ts sends one over several lines to `yaml`), so every node in it is on the line of its
 * `[` or `{`. Whatever the record cannot account for (an empty sequence entry js-yaml keeps without a node,
 * a mapping whose children do not pair up) is `undefined` for its paths, and the caller re-reads the
 * document as before. line-of.spec.ts and test/position-index.test.ts hold the lookups against the re-read.
 */

const SCALAR = 0;
const MAP = 1;
const SEQ = 2;
const FLOW = 3;

/** Nodes recorded per file at the most (about 12 bytes each); past it, documents have no index (re-read on demand). */
export const MAX_INDEXED_NODES = 4_000_000;

interface Scalar { t: typeof SCALAR; line: number; value: unknown }
interface MapNode { t: typeof MAP; line: number; keys: Map<string, [number, Node]> }
interface SeqNode { t: typeof SEQ; line: number; items: Node[] }
interface FlowNode { t: typeof FLOW; line: number; data: unknown }
/** A node the record cannot account for: lookups through it are left to the re-read. */
interface Unsure { t: -1; line: number }
type Node = Scalar | MapNode | SeqNode | FlowNode | Unsure;

const UNSURE: Unsure = { t: -1, line: 0 };
const isBlank = (c: number) => c === 0x20 || c === 0x0a;

/** The subset of js-yaml's loader state the recorder reads. */
export interface ComposedNode {
  input: string;
  position: number;
  kind: string | null;
  result: unknown;
}

/** One file's record. Lines are absolute (1-based, in the text read). */
export class PositionRecorder {
  private meta = new Int32Array(1024); // line * 4 + kind
  private counts = new Int32Array(1024);
  private values: unknown[] = [];
  private size = 0;
  private readonly open: number[] = []; // child counts of the open nodes
  private base = 0;
  private from = 0;
  full = false;

  /** @param maxNodes the bound on nodes recorded (past it, the documents that follow have no index) */
  constructor(private readonly maxNodes = MAX_INDEXED_NODES) {}

  /** Starts a document whose text begins on line `line`. */
  begin(line: number): void {
    this.base = line;
    this.from = this.size;
    this.open.length = 0;
  }

  onOpen(): void {
    this.open.push(0);
  }

  /** A node closed: `start` and `line` (0-based, in the document's text) are where js-yaml opened it. */
  onClose(state: ComposedNode, start: number, line: number): void {
    const children = this.open.pop() ?? 0;
    if (this.open.length) this.open[this.open.length - 1]!++;
    if (this.full) return;
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
      else if (code === MAP) value = undefined;
    }
    if (this.size >= this.maxNodes) {
      this.full = true;
      return;
    }
    if (this.size === this.meta.length) {
      this.meta = grow(this.meta);
      this.counts = grow(this.counts);
    }
    this.meta[this.size] = (this.base + line) * 4 + code;
    this.counts[this.size] = children;
    this.values[this.size] = value;
    this.size++;
  }

  /** Indexes of the documents kept, in order (`undefined` for those read after the record was full). */
  readonly documents: (DocumentIndex | undefined)[] = [];

  /** Keeps the document read (its nodes since `begin`). */
  commit(): void {
    this.documents.push(this.full ? undefined : new DocumentIndex(this, this.from, this.size));
  }

  /** Forgets the nodes since `begin` (a document that is not kept). */
  rollback(): void {
    if (!this.full) {
      this.size = this.from;
      this.values.length = this.from;
    }
  }

  /** The tree of the nodes in [from, to): its root, or UNSURE when they do not form one tree. */
  build(from: number, to: number): Node {
    const stack: Node[] = [];
    for (let i = from; i < to; i++) {
      const m = this.meta[i]!;
      const code = m & 3;
      const line = m >>> 2;
      const c = this.counts[i]!;
      if (c > stack.length) return UNSURE;
      const children = c ? stack.splice(stack.length - c, c) : [];
      stack.push(node(code, line, children, this.values[i]));
    }
    return stack.length === 1 ? stack[0]! : UNSURE;
  }
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function node(code: number, line: number, children: Node[], value: unknown): Node {
  if (code === SCALAR) return { t: SCALAR, line, value }; // a plain scalar js-yaml first tried as a mapping has a child: not ours
  if (code === FLOW) return { t: FLOW, line, data: value };
  if (code === SEQ) return children.length === value ? { t: SEQ, line, items: children } : UNSURE;
  if (children.length % 2) return UNSURE;
  const keys = new Map<string, [number, Node]>();
  for (let i = 0; i < children.length; i += 2) {
    const k = children[i]!;
    if (k.t !== SCALAR) return UNSURE;
    keys.set(String(k.value), [k.line, children[i + 1]!]); // as js-yaml and yaml name a key; the last one wins
  }
  return { t: MAP, line, keys };
}

/** One document's part of a file's record; its tree is built on first use. */
export class DocumentIndex {
  private root: Node | undefined;
  constructor(
    private readonly rec: PositionRecorder,
    private readonly from: number,
    private readonly to: number,
  ) {}

  /**
   * The line of the node at `path` as DocumentPositions.lineOf gives it (a mapping entry's key line, a sequence
   * entry's own line, the nearest existing ancestor's when the path is absent), or `undefined` when the record
   * cannot say (the caller re-reads the document).
   */
  lineOf(path: YamlPath): number | undefined {
    const root = (this.root ??= this.rec.build(this.from, this.to));
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
