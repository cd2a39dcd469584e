import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { ManifestError, NestingError } from './errors.js';
import type { StreamDocument } from './fast-yaml.js';
import { MAX_NESTING, nestingReason } from './nesting.js';

/** Aliases one document may expand (yaml's bound on alias bombs). */
export const MAX_ALIAS_COUNT = 100;

/** `yaml` is loaded when a file needs it (about 0.1 s of start-up that the fast path mostly spares). */
let yaml: typeof Yaml | undefined;
export const loadYaml = (): typeof Yaml => (yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml);

/** The Helm `# Source:` name of a document, read from the start of its text (after a `---` line). */
export function helmSource(text: string): string | undefined {
  const m = /^# Source: ([^\n]+)/.exec(text.slice(0, 4096).replace(/^---[^\n]*\n/, ''));
  return m ? m[1]!.trim() : undefined;
}

/** The start of the line that holds `offset`. */
const lineStart = (src: string, offset: number) => src.lastIndexOf('\n', offset - 1) + 1;

/**
 * Depth of a node as js-yaml counts it (a scalar 1, a collection 1 + its deepest key or value), and the deepest
 * node; or the first mapping key that is a collection (which no Kubernetes object can hold).
 */
function deepest(root: unknown, Y: typeof Yaml): { depth: number; node: Yaml.Node | undefined; collectionKey?: boolean } {
  let best = { depth: 0, node: undefined as Yaml.Node | undefined };
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > best.depth) best = { depth: d, node: Y.isNode(n) ? n : best.node };
    if (d > MAX_NESTING) break;
    if (Y.isMap(n) || Y.isSeq(n)) {
      for (const it of n.items as unknown[]) {
        if (Y.isPair(it)) {
          if (Y.isCollection(it.key)) return { depth: d, node: it.key, collectionKey: true };
          stack.push([it.key ?? null, d + 1], [it.value ?? null, d + 1]);
        } else stack.push([it ?? null, d + 1]);
      }
    }
  }
  return best;
}

/**
 * The documents of a stream (LF line ends) read with the `yaml` Document API: the reference reading, for any
 * input (aliases bounded by MAX_ALIAS_COUNT, nesting by MAX_NESTING). A syntax error throws when its document
 * is reached, a ManifestError naming the file and line.
 */
export function* yamlDocuments(src: string, file: string): Generator<StreamDocument> {
  const Y = loadYaml();
  const lc = new Y.LineCounter();
  let docs;
  try {
    docs = Y.parseAllDocuments(src, { lineCounter: lc, uniqueKeys: false, prettyErrors: false });
  } catch (e) {
    throw new ManifestError(file, `invalid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    const err = doc.errors[0];
    if (err) throw new ManifestError(file, `invalid YAML: ${err.message.split('\n')[0]}`, lc.linePos(err.pos[0]).line);
    const explicit = src.startsWith('---', doc.range[0]);
    const offset = explicit ? src.indexOf('\n', doc.range[0]) + 1 || src.length : lineStart(src, doc.range[0]);
    let line = lc.linePos(doc.range[0]).line + (explicit ? 1 : 0);
    let name = file;
    const helm = helmSource(src.slice(doc.range[0]));
    if (helm) {
      name = helm;
      line = 1;
    }
    if (doc.contents === null) continue;
    const deep = deepest(doc.contents, Y);
    const lineOfNode = (n: Yaml.Node | undefined) => (n?.range ? lc.linePos(n.range[0]).line : line);
    if (deep.collectionKey) throw new ManifestError(file, 'a mapping key is a collection (a sequence or mapping), which a Kubernetes object cannot hold', lineOfNode(deep.node));
    if (deep.depth > MAX_NESTING) throw new NestingError(file, nestingReason, lineOfNode(deep.node));
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      throw new ManifestError(file, `invalid YAML: ${(e as Error).message.split('\n')[0]}`, line);
    }
    if (data === null || data === undefined) continue;
    yield helm ? { data, name, line, offset, renamed: true } : { data, name, line, offset };
  }
}
