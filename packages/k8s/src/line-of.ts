import type * as Yaml from 'yaml';
import type { YamlPath } from './types.js';
import { loadYaml } from './yaml-documents.js';

const MARKER = /^(?:---|\.\.\.)(?:[ \n]|$)/gm;

/**
 * Source positions of one document of a stream, computed on first use: only that document's text (from its
 * first line to the next `---` or `...` at column 0, which always ends a document) is re-read with `yaml`'s
 * parser, whichever path parsed it. Shared by the items of a List.
 */
export class DocumentPositions {
  private doc: Yaml.Document.Parsed | undefined;
  private lc: Yaml.LineCounter | undefined;

  /**
   * @param src the stream (LF line ends) @param offset start of the document's first line
   * @param baseLine the line number `offset` stands for (1 for a Helm `# Source:` document)
   */
  constructor(
    private readonly src: string,
    private readonly offset: number,
    private readonly baseLine: number,
  ) {}

  private read(): { doc: Yaml.Document.Parsed; lc: Yaml.LineCounter } {
    if (!this.doc || !this.lc) {
      const Y = loadYaml();
      MARKER.lastIndex = this.offset;
      const end = MARKER.exec(this.src)?.index ?? this.src.length;
      this.lc = new Y.LineCounter();
      this.doc = Y.parseDocument(this.src.slice(this.offset, end), { lineCounter: this.lc, uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
    }
    return { doc: this.doc, lc: this.lc };
  }

  /** The line of the node at `path` (a mapping entry's key line), or of its nearest existing ancestor. */
  lineOf(path: YamlPath): number {
    const Y = loadYaml();
    const { doc, lc } = this.read();
    const at = (n: { range?: Yaml.Range | null } | null | undefined, fallback: number) => (n?.range ? lc.linePos(n.range[0]).line : fallback);
    let node: unknown = doc.contents;
    let line = at(node as Yaml.Node, 1);
    for (const seg of path) {
      if (Y.isAlias(node)) node = node.resolve(doc);
      if (Y.isMap(node)) {
        let found: Yaml.Pair | undefined;
        for (const p of node.items as Yaml.Pair[]) if (Y.isScalar(p.key) && String(p.key.value) === String(seg)) found = p; // the last one wins
        if (!found) break;
        line = at(found.key as Yaml.Node, line);
        node = found.value;
      } else if (Y.isSeq(node) && typeof seg === 'number' && seg >= 0 && seg < node.items.length) {
        node = node.items[seg];
        line = at(node as Yaml.Node, line);
      } else break;
    }
    return this.baseLine + line - 1;
  }
}
