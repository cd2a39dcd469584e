import type { LoaderState } from 'js-yaml';

/** The kinds of node a record names (its low two bits). */
export const SCALAR = 0;
export const MAP = 1;
export const SEQ = 2;
export const FLOW = 3;

/**
 * The records of one document: `buf[from..to)`, two numbers per node (its line; its depth × 4 + its kind), and,
 * when kept, each scalar's value (`values[(r - from) / 2]` for the record at `r`: a mapping's key names).
 */
export interface NodeRecords {
  buf: Int32Array;
  from: number;
  to: number;
  values?: unknown[];
}

const isBlank = (c: number) => c === 0x20 || c === 0x0a;
/** Numbers per buffer (4 MiB) once the buffers have grown: a document bigger than that gets one of its own. */
const MAX_CHUNK = 1 << 20;

/**
 * Records the nodes of the documents js-yaml reads, in one growing buffer (a document's records are never
 * split: a new buffer takes the document being read when the current one is full; the full one stays with
 * the documents it holds). `base` is added to js-yaml's 0-based lines. `keepValues`: keep each scalar's value
 * too (for a single document read again; the fast path names a mapping's keys from its data instead).
 */
export class NodeRecorder {
  private readonly values: unknown[] | undefined;
  private buf = new Int32Array(1 << 10);
  private n = 0;
  private from = 0;
  private base = 0;
  /** Per open node: where js-yaml opened it and on which line (0-based, in the text read). */
  private readonly starts: number[] = [];
  private readonly lines: number[] = [];

  constructor(keepValues = false) {
    this.values = keepValues ? [] : undefined;
  }

  /** Starts a document whose text's first line is line `base` of the input. */
  begin(base: number): void {
    this.base = base;
    this.from = this.n;
    this.starts.length = 0;
    this.lines.length = 0;
    if (this.values) this.values.length = 0;
  }

  /** The records of the document begun last. */
  end(): NodeRecords {
    return { buf: this.buf, from: this.from, to: this.n, ...(this.values ? { values: this.values.slice() } : {}) };
  }

  onOpen(state: LoaderState): void {
    this.starts.push(state.position);
    this.lines.push(state.line);
  }

  onClose(state: LoaderState): void {
    const start = this.starts.pop()!;
    const line = this.lines.pop()!;
    this.close(state, start, line, this.starts.length);
  }

  /**
   * Records a node as it closes, for a listener that keeps its own stack of open nodes: where js-yaml opened it
   * (`start`, on 0-based `line` of the text) and how many nodes are still open around it (`depth`).
   */
  close(state: LoaderState, start: number, line: number, depth: number): void {
    const kind = state.kind;
    let code = SCALAR;
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
    }
    if (this.n + 2 > this.buf.length) this.grow();
    this.buf[this.n++] = this.base + line;
    this.buf[this.n++] = depth * 4 + code;
    this.values?.push(code === SCALAR ? state.result : undefined);
  }

  /** A new buffer, twice as big up to MAX_CHUNK numbers, holding the document being read (the old one stays with the documents before). */
  private grow(): void {
    const used = this.n - this.from;
    const next = new Int32Array(Math.max(Math.min(this.buf.length * 2, MAX_CHUNK), used * 2 + 2));
    next.set(this.buf.subarray(this.from, this.n));
    this.buf = next;
    this.from = 0;
    this.n = used;
  }
}
