import { load, Schema, Type, type LoaderState } from 'js-yaml';
import { NestingError } from './errors.js';
import { MAX_NESTING, nestingReason } from './nesting.js';
import { NodeRecorder, type NodeRecords } from './node-records.js';
import { helmSource } from './yaml-documents.js';

/**
 * The fast path of manifest parsing: the stream is split into documents line by line (`---` and `...` at
 * column 0 always end a document in YAML, even inside a block scalar) and each document is read with js-yaml,
 * several times faster than the `yaml` package's Document API. The fast path only takes what it is sure
 * the `yaml` path (parse.ts) reads the same way; for anything else it returns `undefined` and the caller
 * parses the whole file with `yaml` (yaml-documents.ts: anchors and aliases, with its alias bound; tags; directives; complex
 * keys; tabs and unusual line breaks; syntax errors, so that messages and lines stay yaml's).
 * fast-yaml.spec.ts parses a corpus both ways and compares.
 */

/** One document of a stream: its value, the file it names (Helm's `# Source:`) and its first line. */
export interface StreamDocument {
  data: unknown;
  name: string;
  line: number;
  /** Offset of the start of the document's first line in the stream (after its `---` line): where lineOf re-reads it. */
  offset: number;
  /** The lines, depths and kinds of its nodes as js-yaml read them (node-records.ts), for the position index. */
  records?: NodeRecords;
  /** Named by a Helm `# Source:` comment (`line` is then 1). */
  renamed?: true;
}

/**
 * Plain scalars resolve exactly as in `yaml`'s YAML 1.2 core schema (js-yaml's own also reads 0b…, 1_000…).
 * `first`: the characters the type's text can start with, tested before the regex (every key is a plain
 * scalar that js-yaml tries against each type: most are ruled out by their first character).
 */
function scalar(name: string, first: string, test: RegExp, construct: (s: string) => unknown, empty = false): Type {
  const resolve = (s: unknown) => typeof s === 'string' && (s.length === 0 ? empty : first.includes(s[0]!)) && test.test(s);
  return new Type(`tag:flightcheck,fast-yaml:${name}`, { kind: 'scalar', resolve, construct });
}
const SIGNED = '-+0123456789';
const IMPLICIT = [
  scalar('null', '~Nn', /^(?:~|[Nn]ull|NULL)?$/, () => null, true),
  scalar('bool', 'TtFf', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'),
  scalar('int-oct', '0', /^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)),
  scalar('int', SIGNED, /^[-+]?[0-9]+$/, (s) => parseInt(s, 10)),
  scalar('int-hex', '0', /^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)),
  scalar('float-nan', '-+.', /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity)),
  scalar('float-exp', SIGNED + '.', /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)),
  scalar('float', SIGNED + '.', /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)),
];
/** No explicit types at all: any tag but `!` makes js-yaml throw (unknown tag), and the file goes to `yaml`. */
const SCHEMA = new Schema({ implicit: IMPLICIT });
/** Tags a node may close with: `?` (a plain scalar left a string) and the implicit types above. */
const IMPLICIT_TAGS = new Set(['?', ...IMPLICIT.map((t) => t.tag)]);

const UNSURE = new Error('not for the fast path');
/** Where each open node starts, and on which line (js-yaml reports 'open' before the separating blanks). */
const starts: number[] = [];
const lines: number[] = [];
const QUOTE_OR_CLOSE = new Set([0x22, 0x27, 0x5d, 0x7d]); // " ' ] }
const isBlank = (c: number) => c === 0x20 || c === 0x0a;
/** The recorder of the stream being read (fastDocuments sets it), fed every node as it closes, from the listener's own stack. */
let recorder: NodeRecorder | undefined;
/**
 * Every node, when it closes, sends the file to `yaml` if it has an anchor (so aliases may follow) or a `!`
 * tag; if it is a flow collection or quoted scalar over several lines (js-yaml does not hold continuation
 * lines to yaml's indentation rule: `a: [1,\n2]` is an error in yaml); or if it is a flow collection that
 * may be a key (`{[a]}`: js-yaml would write the key `a`, yaml `[ a ]`): one is sure to be a value only after
 * `:` or `-`, at the start, or as an entry of a flow sequence. Linear: no scan goes beyond the node's own
 * leading blanks (a frame keeps where its content starts once found).
 */
function listener(event: 'open' | 'close', state: LoaderState): void {
  if (event === 'open') {
    starts.push(state.position);
    lines.push(state.line);
    return;
  }
  let start = starts.pop()!;
  let line = lines.pop()!;
  // before the checks below move a parent's start over blanks (which keeps the line the recorder finds for it)
  if (recorder) recorder.close(state, start, line, starts.length);
  if (state.anchor !== null || (state.tag !== null && !IMPLICIT_TAGS.has(state.tag))) throw UNSURE;
  const input = state.input;
  if (!QUOTE_OR_CLOSE.has(input.charCodeAt(state.position - 1))) return;
  for (let c = input.charCodeAt(start); isBlank(c); c = input.charCodeAt(++start)) if (c === 0x0a) line++;
  if (line !== state.line) {
    if (state.kind === 'scalar' && quotedLinesIndented(input, start, state.position)) return;
    throw UNSURE;
  }
  if (state.kind === 'scalar') return;
  let p = start - 1;
  while (p >= 0 && isBlank(input.charCodeAt(p))) p--;
  const prev = p < 0 ? 0 : input.charCodeAt(p);
  if (prev === 0 || prev === 0x3a /* : */ || prev === 0x2d /* - */) return;
  if ((prev === 0x5b || prev === 0x2c) /* [ , */ && starts.length) {
    const top = starts.length - 1;
    let q = starts[top]!;
    for (let c = input.charCodeAt(q); isBlank(c); c = input.charCodeAt(++q)) if (c === 0x0a) lines[top]!++;
    starts[top] = q;
    if (input.charCodeAt(q) === 0x5b) return;
  }
  throw UNSURE;
}
/**
 * A quoted scalar over several lines is read alike by both only when every continuation line is indented
 * deeper than the content of the line it starts on (after its leading blanks and `- ` entries): yaml holds
 * continuation lines to the indentation of the enclosing collection, js-yaml does not. Blank lines are folded.
 */
function quotedLinesIndented(input: string, start: number, end: number): boolean {
  const lineStart = input.lastIndexOf('\n', start - 1) + 1;
  let base = lineStart;
  while (input.charCodeAt(base) === 0x20 || (input.charCodeAt(base) === 0x2d && input.charCodeAt(base + 1) === 0x20)) base++;
  const need = base - lineStart; // continuation lines must be indented deeper than this column
  for (let nl = input.indexOf('\n', start); nl !== -1 && nl < end; nl = input.indexOf('\n', nl + 1)) {
    let p = nl + 1;
    while (input.charCodeAt(p) === 0x20) p++;
    const c = input.charCodeAt(p);
    if (c === 0x0a) continue; // a blank line
    if (p - nl - 1 <= need) return false;
  }
  return true;
}

const OPTIONS = { schema: SCHEMA, json: true /* later duplicate keys win, as with yaml's uniqueKeys: false */, listener, maxDepth: MAX_NESTING };

/**
 * Reads one document's text again as the fast path read it (same schema and options), with another listener:
 * for position-index.ts, on a document the fast path took.
 */
export function reloadFast(text: string, onNode: (event: 'open' | 'close', state: LoaderState) => void): unknown {
  return load(text, { ...OPTIONS, listener: onNode });
}
const DEPTH_ERROR = /nesting exceeded maxDepth/;
const newlines = (s: string, upto: number) => {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1 && i < upto; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * Whole-file reasons to use `yaml`: tabs, CR/NEL/LS/PS/BOM, directives, verbatim tags, flow collections as keys
 * (`[a]: 1`), `#` right after a quote or bracket (js-yaml reads a comment, yaml reports an error), explicit
 * keys (`? `), a run of spaces before `:` (yaml bounds implicit keys to 1024 characters).
 * Separate tests, each a fast scan (one regex with them all takes 20 times as long).
 */
function unsureFile(src: string): boolean {
  return (
    /[\t\r\u0085\u2028\u2029\uFEFF]/.test(src) ||
    src.startsWith('%') ||
    src.includes('\n%') ||
    src.includes('!<') ||
    /[\]}] *:/.test(src) ||
    /["'\]}]#/.test(src) ||
    (/\?(?: |$)/m.test(src) && /(?<=^|[\s[{,])\?(?: |$)/m.test(src)) ||
    longBlankBeforeColon(src)
  );
}
const SPACES = ' '.repeat(64);
/** A run of 64 spaces or more before `:` (linear: a regex like / {64,}:/ backtracks on long runs of spaces). */
function longBlankBeforeColon(src: string): boolean {
  if (!src.includes(SPACES)) return false;
  for (let i = src.indexOf(' :'); i !== -1; i = src.indexOf(' :', i + 2)) if (i >= 63 && src.startsWith(SPACES, i - 63)) return true;
  return false;
}

const DASH_AT_END = /-(?: *| +#.*)$/gm;
const NEXT_CONTENT = /^( *)([^ \n#])(.?)/gm;
/**
 * After an empty sequence entry (`-` and nothing else on its line), js-yaml takes a following `-` line of
 * another indentation into the same sequence (`- -\n- x` is [[null, x]] to it, [[null], x] to yaml): such a
 * file goes to `yaml` unless the next content line is not an entry, or an entry in the same column.
 */
function emptyEntriesAreSafe(src: string): boolean {
  for (const m of src.matchAll(DASH_AT_END)) {
    const before = m.index > 0 ? src.charCodeAt(m.index - 1) : 0x0a;
    if (before !== 0x20 && before !== 0x0a) continue; // `---`, `a-`: not an entry
    const column = m.index - (src.lastIndexOf('\n', m.index) + 1);
    NEXT_CONTENT.lastIndex = m.index + m[0].length;
    const next = NEXT_CONTENT.exec(src);
    if (!next || (next[1]!.length === 0 && /^(?:---|\.\.\.)(?:[ \n]|$)/.test(src.slice(next.index, next.index + 4)))) continue;
    if (next[2] === '-' && (next[3] === ' ' || next[3] === '\n' || next[3] === '') && next[1]!.length !== column) return false;
  }
  return true;
}

/** `---` and `...` at column 0, then the rest of the line (only blanks or a comment may follow). */
const MARKER = /^(?:---|\.\.\.)([^\n]*)/gm;
const MARKER_REST = /^(?: *| +#.*)$/;
const CONTENT = /^ *[^ \n#]/m;
const MAX_KEY = 100;

/** Keys js-yaml and yaml would write differently: a null key ("null" vs ""), and long ones (yaml's 1024 bound). */
function keysAreSafe(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true;
  if (Array.isArray(v)) {
    for (const x of v) if (!keysAreSafe(x)) return false;
    return true;
  }
  for (const k in v) {
    if (k === 'null' || k === '[object Object]' || k.length > MAX_KEY || !keysAreSafe((v as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/**
 * A block scalar's head: a line that ends in `|` or `>` (with chomping/indentation indicators and a comment),
 * after `key: ` or `- ` entries. Group 1: leading blanks, 2: the entries' dashes, 3: the key.
 */
const BLOCK_HEAD = /^( *)((?:- +)*)(?:([^ \n#][^\n]*?) *: +)?[|>][1-9+-]{0,2} *(?:#[^\n]*)?$/;
const INDENT = /^ */;
const BLANK = /^ *$/;

/**
 * The stream with the content lines of every block scalar blanked (line ends kept): the whole-file guards
 * look at structure, not at the text of scripts, certificates or known_hosts lines (`[host]:22 ssh-rsa …`).
 * A content line is one indented deeper than the node that holds the scalar (the key, or the entry's dash),
 * or blank; the first line at or left of that column, or a document marker, ends it. Only reached when the
 * guards fired on the raw text.
 */
export function blankBlockScalars(src: string): string {
  const lines = src.split('\n');
  let threshold: number | undefined; // inside a block scalar: its content is indented deeper than this
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (threshold !== undefined) {
      const marker = line.startsWith('---') || line.startsWith('...');
      if (!marker && (BLANK.test(line) || INDENT.exec(line)![0].length > threshold)) {
        lines[i] = '';
        continue;
      }
      threshold = undefined;
    }
    const head = BLOCK_HEAD.exec(line);
    if (!head) continue;
    const lead = head[1]!.length;
    const dashes = head[2]!;
    if (head[3] !== undefined) threshold = lead + dashes.length; // the key's column
    else if (dashes) threshold = lead + dashes.trimEnd().length - 1; // the last dash's column
    else threshold = lead - 1;
  }
  return lines.join('\n');
}

/**
 * The documents of a stream (LF line ends), or `undefined` when the `yaml` path must read it. A document nested
 * deeper than MAX_NESTING throws a NestingError (the `yaml` path refuses it too). `record`: keep each document's
 * node records (StreamDocument.records), for a reader that will ask the lines of many documents. `each`: hand each
 * document over as soon as it is read instead of collecting them (the array returned is then empty), so that a
 * reader can be done with one before the next is read; `undefined` still means that the `yaml` path must read the
 * whole stream (the documents handed over so far are then not the stream's).
 */
export function fastDocuments(src: string, file: string, record = false, each?: (d: StreamDocument) => void): StreamDocument[] | undefined {
  if (unsureFile(src) || !emptyEntriesAreSafe(src)) {
    // the guards may have fired on the text of block scalars: look again at the structure alone
    const structure = blankBlockScalars(src);
    if (unsureFile(structure) || !emptyEntriesAreSafe(structure)) return undefined;
  }
  const out: StreamDocument[] = [];
  const rec = record ? new NodeRecorder() : undefined;
  let line = 1; // the line at `counted`
  let counted = 0;
  const lineAt = (offset: number): number => {
    for (let i = src.indexOf('\n', counted); i !== -1 && i < offset; i = src.indexOf('\n', i + 1)) line++;
    counted = offset;
    return line;
  };
  const read = (start: number, end: number, explicit: boolean): boolean => {
    const text = src.slice(start, end);
    let name = file;
    let renamed = false;
    let docLine: number;
    let offset: number;
    let startLine: number; // the line at `start`
    if (explicit) {
      startLine = lineAt(start);
      docLine = startLine + 1;
      offset = src.indexOf('\n', start) + 1 || src.length;
      const helm = helmSource(text);
      if (helm) {
        name = helm;
        docLine = 1;
        renamed = true;
      }
    } else {
      const content = CONTENT.exec(text);
      if (!content) return true; // blank lines and comments only
      offset = start + content.index;
      docLine = lineAt(offset);
      startLine = docLine - newlines(text, content.index);
    }
    let data: unknown;
    try {
      starts.length = 0;
      lines.length = 0;
      rec?.begin(startLine);
      recorder = rec;
      data = load(text, OPTIONS);
    } catch (e) {
      const mark = (e as { mark?: { position: number } }).mark;
      if (mark && DEPTH_ERROR.test((e as Error).message)) throw new NestingError(file, nestingReason, startLine + newlines(text, mark.position));
      return false;
    } finally {
      recorder = undefined;
    }
    if (data === null || data === undefined) return true;
    if (!keysAreSafe(data)) return false;
    const doc: StreamDocument = rec ? { data, name, line: docLine, offset, records: rec.end() } : { data, name, line: docLine, offset };
    if (renamed) doc.renamed = true;
    if (each) each(doc);
    else out.push(doc);
    return true;
  };
  let start = 0;
  let explicit = false;
  for (const m of src.matchAll(MARKER)) {
    if (!MARKER_REST.test(m[1]!) || !read(start, m.index, explicit)) return undefined;
    explicit = m[0].startsWith('---');
    // after `...` the next document starts on the next line, without a marker
    start = explicit ? m.index : (src.indexOf('\n', m.index) + 1 || src.length);
  }
  if (!read(start, src.length, explicit)) return undefined;
  return out;
}
