import type * as Yaml from 'yaml';
import type { NodeRecords } from './node-records.js';
import { indexDocument, recordedIndex, type DocumentIndex } from './position-index.js';
import type { YamlPath } from './types.js';
import { loadYaml } from './yaml-documents.js';

const MARKER = /^(?:---|\.\.\.)(?:[ \n]|$)/gm;

/** Line numbers of a stream's offsets, built on first use and shared by its documents. */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(readonly src: string) {}
  /** 1-based line of an offset. */
  lineAt(offset: number): number {
    if (!this.starts) {
      const s = [0];
      for (let i = this.src.indexOf('\n'); i !== -1; i = this.src.indexOf('\n', i + 1)) s.push(i + 1);
      this.starts = s;
    }
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/**
 * Source positions of one document of a stream, computed on first use. For a document the fast path read,
 * lineOf looks lines up in a position index (position-index.ts: the lines js-yaml recorded of its nodes as it
 * read them, node-records.ts); otherwise, and where the index cannot say, and for positionOf, only that document's text
 * (from its first line to the next `---` or `...` at column 0, which always ends a document) is re-read with
 * `yaml`'s parser. Shared by the items of a List.
 */
export class DocumentPositions {
  private doc: Yaml.Document.Parsed | undefined;
  private lc: Yaml.LineCounter | undefined;
  private base: number | undefined;
  private readonly src: string;
  /** The position index, once made (`null`: none can be made for this document). */
  private index: DocumentIndex | null | undefined;

  /**
   * @param lines the stream (LF line ends) and its line index @param offset start of the document's first line
   * @param shift lines to add (the stream is embedded in another file at this many lines down)
   * @param fast the fast path read the document: lineOf looks its lines up in a position index (position-index.ts)
   * @param firstLine the line at `offset`, when the caller knows it (else it is counted in the stream's line index)
   * @param recorded the fast path's records of the document's nodes and its data (else the index re-reads the document with js-yaml)
   */
  constructor(
    private readonly lines: LineIndex,
    private readonly offset: number,
    private readonly shift = 0,
    private readonly fast = false,
    private readonly firstLine?: number,
    private readonly recorded?: { records: NodeRecords; data: unknown },
  ) {
    this.src = lines.src;
  }

  /** The line number, in the file, of the document's first line (its real line, also for a Helm document). */
  private get baseLine(): number {
    return (this.base ??= (this.firstLine ?? this.lines.lineAt(this.offset)) + this.shift);
  }

  /** The document's text: from its first line to the next `---` or `...` at column 0 (or the end). */
  private text(): string {
    MARKER.lastIndex = this.offset;
    const end = MARKER.exec(this.src)?.index ?? this.src.length;
    return this.src.slice(this.offset, end);
  }

  private read(): { doc: Yaml.Document.Parsed; lc: Yaml.LineCounter } {
    if (!this.doc || !this.lc) {
      const Y = loadYaml();
      this.lc = new Y.LineCounter();
      this.doc = Y.parseDocument(this.text(), { lineCounter: this.lc, uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
    }
    return { doc: this.doc, lc: this.lc };
  }

  /** Walks `path`: the deepest node reached, the key of its mapping entry, and whether the whole path exists. */
  private walk(path: YamlPath): { node: Yaml.Node | undefined; key: Yaml.Node | undefined; complete: boolean } {
    const Y = loadYaml();
    const { doc } = this.read();
    let node: unknown = doc.contents;
    let key: Yaml.Node | undefined;
    let reached = node as Yaml.Node | undefined;
    for (const seg of path) {
      if (Y.isAlias(node)) node = node.resolve(doc);
      if (Y.isMap(node)) {
        let found: Yaml.Pair | undefined;
        for (const p of node.items as Yaml.Pair[]) if (Y.isScalar(p.key) && String(p.key.value) === String(seg)) found = p; // the last one wins
        if (!found) return { node: reached, key, complete: false };
        key = found.key as Yaml.Node;
        node = found.value;
        reached = (Y.isNode(node) && node.range ? node : key) as Yaml.Node;
      } else if (Y.isSeq(node) && typeof seg === 'number' && seg >= 0 && seg < node.items.length) {
        node = node.items[seg];
        key = undefined;
        reached = node as Yaml.Node;
      } else return { node: reached, key, complete: false };
    }
    return { node: reached, key, complete: true };
  }

  private pos(offset: number): { line: number; column: number } {
    const p = this.read().lc.linePos(offset);
    return { line: this.baseLine + p.line - 1, column: p.col };
  }

  /** The line of the node at `path` (a mapping entry's key line), or of its nearest existing ancestor. */
  lineOf(path: YamlPath): number {
    return this.indexedLineOf(path) ?? this.reread(path);
  }

  /** lineOf from the position index alone: `undefined` for a document the fast path did not read, or where it cannot say. */
  indexedLineOf(path: YamlPath): number | undefined {
    if (!this.fast) return undefined;
    if (this.index === undefined) {
      const r = this.recorded;
      this.index = (r ? recordedIndex(r.records, r.data) : this.reindex()) ?? null;
    }
    let line = this.index?.lineOf(path);
    if (line === null) {
      // the records cannot name a mapping's keys from the data (duplicate keys, array indexes): js-yaml's re-read can
      this.index = this.reindex() ?? null;
      line = this.index?.lineOf(path);
    }
    return line === undefined || line === null ? undefined : line + this.shift;
  }

  /** The position index of js-yaml's re-read of the document (it keeps the keys' names). */
  private reindex(): DocumentIndex | undefined {
    return indexDocument(this.text(), this.firstLine ?? this.lines.lineAt(this.offset));
  }

  /** lineOf by re-reading the document with `yaml` (the reference; used when the document has no index, or it cannot say). */
  reread(path: YamlPath): number {
    const { node, key } = this.walk(path);
    const n = key?.range ? key : node;
    return n?.range ? this.pos(n.range[0]).line : this.baseLine;
  }

  /**
   * Line and column of the value at `path` (its nearest existing ancestor's when absent); for a block scalar
   * (`|`, `>`), also where its content starts (`content`: the first content line and its column).
   */
  positionOf(path: YamlPath): { line: number; column: number; content?: { line: number; column: number } } {
    const Y = loadYaml();
    const { node } = this.walk(path);
    if (!node?.range) return { line: this.baseLine, column: 1 };
    const at = this.pos(node.range[0]);
    if (Y.isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
      const nl = this.src.indexOf('\n', this.offset + node.range[0]);
      if (nl !== -1) {
        const indent = /^ */.exec(this.src.slice(nl + 1, nl + 1 + 1024))![0].length;
        return { ...at, content: { line: at.line + 1, column: indent + 1 } };
      }
    }
    return at;
  }
}
