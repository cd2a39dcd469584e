import { basename } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';

export type SubjectKind = 'dockerfile' | 'yaml' | 'json' | 'env' | 'text';

/** One file as every rule sees it: its text, its lines and, for YAML, its documents (parsed once, on demand). */
export interface ScanSubject {
  file: string;
  kind: SubjectKind;
  text: string;
  /** 1-based line and column of an offset in `text`. */
  position(offset: number): { line: number; column: number };
  lines(): string[];
  /** YAML documents with source positions; empty when the file is not YAML or does not parse. */
  yaml(): YamlDoc[];
}

export interface YamlDoc {
  doc: Document;
  lineCounter: LineCounter;
}

const MAX_YAML_ALIASES = 100;

export function kindOf(file: string): SubjectKind {
  const name = basename(file);
  if (/^(Dockerfile|Containerfile)(\..+)?$/.test(name) || name.endsWith('.dockerfile')) return 'dockerfile';
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  if (/\.json$/i.test(name)) return 'json';
  if (/^\.env(\..+)?$/.test(name) || name.endsWith('.env')) return 'env';
  return 'text';
}

export function parseSubject(text: string, file: string): ScanSubject {
  let starts: number[] | undefined;
  let lines: string[] | undefined;
  let docs: YamlDoc[] | undefined;
  const kind = kindOf(file);
  return {
    file,
    kind,
    text,
    position(offset) {
      starts ??= lineStarts(text);
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - starts[lo]! + 1 };
    },
    lines() {
      lines ??= text.split(/\r?\n/);
      return lines;
    },
    yaml() {
      if (docs) return docs;
      docs = [];
      if (kind !== 'yaml') return docs;
      const lineCounter = new LineCounter();
      try {
        for (const doc of parseAllDocuments(text, { lineCounter, uniqueKeys: false })) {
          if (doc.errors.length === 0) docs.push({ doc: doc as Document, lineCounter });
        }
      } catch {
        // not YAML after all: the text rules still run
      }
      return docs;
    },
  };
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** A plain JS value of a YAML node, alias-bounded (hostile input). */
export function toJS(doc: YamlDoc, node: unknown): unknown {
  if (!node) return undefined;
  try {
    return (node as { toJS(d: Document, o: object): unknown }).toJS(doc.doc, { maxAliasCount: MAX_YAML_ALIASES });
  } catch {
    return undefined;
  }
}

export function lineOf(doc: YamlDoc, node: Node | undefined | null): number | undefined {
  const at = node?.range?.[0];
  return at === undefined ? undefined : doc.lineCounter.linePos(at).line;
}

/** The string at `key` of a YAML map node (scalars only). */
export function scalarAt(node: unknown, key: string): string | undefined {
  if (!isMap(node)) return undefined;
  const v = node.get(key, true);
  return isScalar(v) && v.value !== null && v.value !== undefined ? String(v.value) : undefined;
}

export { isMap, isScalar, isSeq };
