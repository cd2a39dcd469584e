import { Language, Parser, type Node } from 'web-tree-sitter';
import { parseWithMvdan } from './shell-mvdan.js';
import { compileWasm, setWasmFlags, takeEarlyCompile, wasmFiles } from './wasm.js';

/** A simple command: its literal name and its arguments with quotes removed and expansions simplified. */
export interface Command {
  name: string;
  args: string[];
}

export interface ShellScript {
  text: string;
  commands: Command[];
  hasPipes: boolean;
  /** The parser's message when the text is not valid shell (then `commands` is empty). */
  error?: string;
  /** Set when the script nests deeper than MAX_SHELL_NESTING: it was not read (`error` says so, `commands` is empty). */
  tooDeep?: boolean;
}

/** Command substitutions, subshells, groups, compound commands and expansions nest at most this deep. */
export const MAX_SHELL_NESTING = 200;
const NESTING = new Set([
  'command_substitution', 'process_substitution', 'subshell', 'compound_statement', 'expansion', 'arithmetic_expansion',
  'parenthesized_expression', 'if_statement', 'while_statement', 'for_statement', 'c_style_for_statement', 'case_statement',
  'function_definition',
]);
const TOO_DEEP = `nesting deeper than ${MAX_SHELL_NESTING} (command substitutions, subshells, groups or compound commands, or more than ${2 * MAX_SHELL_NESTING} backquotes)`;
const tooDeep = (text: string): ShellScript => ({ text, commands: [], hasPipes: false, error: TOO_DEEP, tooDeep: true });
class TooDeep extends Error {}
class Misparse extends Error {}

/**
 * The deepest nesting of `(`/`{` outside quotes and comments, read lexically (no parser): a bound before a
 * recursive parser sees the text. It may count a little more than the shell would, never less.
 */
export function lexicalNesting(text: string): number {
  let depth = 0;
  let max = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && quote !== "'") {
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = '';
      else if (quote === '"' && c === '$' && text[i + 1] === '(') {
        // a substitution inside double quotes opens a new level
        depth++;
        i++;
        if (depth > max) max = depth;
      }
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '(' || c === '{') {
      depth++;
      if (depth > max) max = depth;
    } else if ((c === ')' || c === '}') && depth > 0) depth--;
  }
  return max;
}

/** The bash grammar (tree-sitter-bash, WebAssembly) could not be loaded: the built-in engine cannot run. */
export class ShellParserLoadError extends Error {
  constructor(reason: string) {
    super(`cannot load the bash parser (tree-sitter-bash's WebAssembly grammar): ${reason}; reinstall @flightcheck/dockerfile-lint's dependencies`);
    this.name = 'ShellParserLoadError';
  }
}

export { WASM_FLAGS, WASM_FLAGS_APPLY } from './wasm.js';

async function loadParser(): Promise<Parser> {
  setWasmFlags();
  try {
    // both files compile at once on V8's background threads: started here, or earlier by the CLI launcher's
    // preload of this package (preload.ts), which starts them before the command's code is even loaded
    const files = wasmFiles();
    const compiled = takeEarlyCompile(files) ?? compileWasm(files);
    const [runtime, grammar] = await Promise.all([compiled.runtime, compiled.grammar]);
    // the runtime instantiated from its compiled module (emscripten's hook; an error rejects Parser.init), in the
    // memory the preload made with the compile when there is one; a memory it refuses (a runtime that declares more
    // pages than wasmMemory makes) costs a second try with the memory web-tree-sitter makes itself
    const init = (memory: WebAssembly.Memory | undefined) =>
      Parser.init({
        ...(memory ? { wasmMemory: memory } : {}),
        instantiateWasm(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) {
          done(new WebAssembly.Instance(runtime, imports), runtime);
          return {};
        },
      });
    await (compiled.memory ? init(compiled.memory).catch(() => init(undefined)) : init(undefined));
    const parser = new Parser();
    parser.setLanguage(Language.loadSync(grammar));
    return parser;
  } catch (e) {
    throw new ShellParserLoadError(e instanceof Error ? e.message : String(e));
  }
}

// tree-sitter's WebAssembly start-up is asynchronous, parseShell (and the rules) synchronous: every entry point
// that parses (the engine, the worker threads, the package's main module) awaits initShellParser() once first.
// No top-level await here, so that the CLI's bundle of this package is CommonJS and runs from V8's code cache.
let parser: Parser | undefined;
let starting: Promise<Parser> | undefined;

/** Starts the bash grammar, once per process (later calls share the first); rejects with ShellParserLoadError. */
export async function initShellParser(): Promise<void> {
  parser ??= await (starting ??= loadParser());
}

function started(): Parser {
  if (!parser) throw new Error('the bash parser is not started: await initShellParser() before parsing shell');
  return parser;
}

/** Unescapes a literal: unquoted, `\x` is `x`; inside double quotes only `\$ \` \" \\` are escapes. */
function unescape(raw: string, quoted: boolean): string {
  if (!raw.includes('\\')) return raw;
  return quoted ? raw.replace(/\\([$`"\\])/g, '$1') : raw.replace(/\\(.)/gs, '$1');
}

/** The first variable name inside an expansion (`${X:-d}` → X, `${#A[@]}` → A), '' when there is none. */
function paramName(node: Node): string {
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (c.type === 'variable_name' || c.type === 'special_variable_name') return c.text;
    if (c.type === 'subscript') return paramName(c);
  }
  return '';
}

const EXPANSIONS = new Set(['simple_expansion', 'expansion', 'command_substitution', 'arithmetic_expansion']);

/** Inside double quotes tree-sitter-bash lets an expansion's token take the blanks before it (`"$(a) ${B}"`). */
function leadingBlanks(node: Node, text: string): string {
  if (!EXPANSIONS.has(node.type)) return '';
  let i = node.startIndex;
  while (i < node.endIndex && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n')) i++;
  return text.slice(node.startIndex, i);
}

/** Literal text between the named children of a composite word, each child simplified in turn. */
function joinParts(node: Node, text: string, from: number, to: number, quoted: boolean): string {
  let out = '';
  let at = from;
  for (const c of node.namedChildren) {
    if (!c || c.startIndex < from || c.endIndex > to) continue;
    out += unescape(text.slice(at, c.startIndex), quoted) + leadingBlanks(c, text) + simplify(c, text, quoted);
    at = c.endIndex;
  }
  return out + unescape(text.slice(at, to), quoted);
}

/** The text of a word with quotes removed, `$X`/`${X}` as `${X}`, substitutions as placeholders. */
function simplify(node: Node, text: string, quoted = false): string {
  switch (node.type) {
    case 'word':
    case 'string_content':
      return unescape(text.slice(node.startIndex, node.endIndex), quoted);
    case 'raw_string':
      return text.slice(node.startIndex + 1, node.endIndex - 1);
    case 'ansi_c_string':
      return text.slice(node.startIndex + 2, node.endIndex - 1);
    case 'string':
      return joinParts(node, text, node.startIndex + 1, node.endIndex - 1, true);
    case 'translated_string':
      return joinParts(node, text, node.startIndex + 1, node.endIndex, true);
    case 'simple_expansion':
      return `\${${text.slice(node.startIndex, node.endIndex).trimStart().slice(1)}}`;
    case 'expansion':
      return `\${${paramName(node)}}`;
    case 'command_substitution':
      return '${...}';
    case 'arithmetic_expansion':
      return '${VAR}';
    case 'process_substitution':
      return '';
    case 'concatenation':
    case 'command_name':
      return joinParts(node, text, node.startIndex, node.endIndex, quoted);
    default:
      return unescape(text.slice(node.startIndex, node.endIndex), quoted);
  }
}

/** Words tree-sitter-bash reads as a command but bash as a keyword: `time [-p] cmd`, `coproc cmd`, `let expr`. */
const KEYWORDS = new Set(['time', 'coproc', 'let']);

/** A `command` node as a Command (undefined for `let`, an arithmetic clause, or a bare `time`). */
function simpleCommand(node: Node, text: string, parent: Node | null): Command | undefined {
  const nameNode = node.childForFieldName('name');
  if (!nameNode) return undefined;
  const argNodes = node.childrenForFieldName('argument');
  const words: string[] = [simplify(nameNode, text)];
  let end = nameNode.endIndex;
  for (let i = 0; i < argNodes.length; i++) {
    const a = argNodes[i];
    if (!a) continue;
    // a bare newline ends a command: tree-sitter-bash sometimes runs on past it (`a |& b |& c⏎d`, found by
    // tools/fuzz); then mvdan/sh reads the script instead
    if (/(^|[^\\])\n/.test(text.slice(end, a.startIndex))) throw new Misparse();
    end = a.endIndex;
    // `$"…"` (a translated string) comes as a `$` token followed by the string
    if (!a.isNamed && a.type === '$' && argNodes[i + 1]?.startIndex === a.endIndex) continue;
    words.push(simplify(a, text));
  }
  // `cmd a >/dev/null b`: tree-sitter-bash hangs the words after a redirection's target on the redirection
  // (the parent comes from the walk: tree-sitter's Node.parent searches down from the root, O(depth) a call)
  if (parent?.type === 'redirected_statement' && parent.startIndex === node.startIndex) {
    for (const r of parent.namedChildren) {
      if (r?.type !== 'file_redirect') continue;
      const targets = r.namedChildren.filter((c) => c && c.type !== 'file_descriptor');
      for (const w of targets.slice(1)) if (w) words.push(simplify(w, text));
    }
  }
  const keyword = nameNode.firstNamedChild?.type === 'word' ? nameNode.text : '';
  if (KEYWORDS.has(keyword)) {
    if (keyword === 'let') return undefined;
    words.shift();
    if (keyword === 'time' && words[0] === '-p') words.shift();
    if (!words.length) return undefined;
  }
  return { name: words[0]!, args: words.slice(1) };
}

/** `export A=1 -x B` → ['A=1', '-x', 'B']; an array value (`A=(1 2)`) reads as empty. */
function declArgs(node: Node, text: string): string[] {
  const args: string[] = [];
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (c.type === 'variable_assignment') {
      const name = c.childForFieldName('name');
      const value = c.childForFieldName('value');
      args.push(`${name ? simplify(name, text) : ''}=${value && value.type !== 'array' ? simplify(value, text) : ''}`);
    } else if (c.type !== 'comment') {
      args.push(simplify(c, text));
    }
  }
  return args;
}

/** `[ -f x ]` is the command `[` with its words (and `]`), as a shell runs it; `[[ … ]]` is not a command. */
function testArgs(node: Node, text: string): string[] {
  const args: string[] = [];
  const leaves = (n: Node, depth = 0): void => {
    if (depth > MAX_SHELL_NESTING) throw new TooDeep();
    if (n.namedChildCount === 0 || n.type === 'string' || n.type === 'concatenation' || n.type === 'expansion' || n.type === 'command_substitution') {
      if (n.isNamed) args.push(simplify(n, text));
      else if (n.type !== '[' && n.type !== ']' && n.type !== '(' && n.type !== ')') args.push(n.type);
      return;
    }
    for (const c of n.children) if (c) leaves(c, depth + 1);
  };
  for (const c of node.children) if (c && c.type !== '[' && c.type !== ']') leaves(c);
  return [...args, ']'];
}

/**
 * Nodes whose subtree holds a command only inside a substitution: without `$(`, a backquote, `<(` or `>(` in their
 * text the walk does not descend into them (most words and simple commands: about half the nodes of a script).
 */
const LEAFISH = new Set(['command', 'declaration_command', 'unset_command', 'test_command', 'variable_assignment', 'file_redirect', 'word', 'string', 'raw_string', 'concatenation', 'simple_expansion', 'expansion', 'number']);
const SUBSTITUTION = /\$\(|`|[<>]\(/;

const CACHE_LIMIT = 20_000;
const cache = new Map<string, ShellScript>();

/**
 * Parses shell text (bash) with a real shell parser and lists every simple command in source order: tree-sitter-bash
 * (WebAssembly, ~0.3 ms a script), and mvdan/sh for the scripts tree-sitter-bash rejects (invalid shell gets
 * `error` and no commands). Results are memoised by text (RUN
 * lines repeat across the Dockerfiles of a repository); callers must not mutate them.
 */
export function parseShell(text: string): ShellScript {
  const hit = cache.get(text);
  if (hit) return hit;
  const parsed = parseShellUncached(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, parsed);
  return parsed;
}

/** tree-sitter-bash skips a backslash before a blank, where bash reads an escaped blank (`a\ b` is one word). */
const ESCAPED_BLANK = /\\[ \t\v\f]/;

function backquotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf('`'); i >= 0; i = text.indexOf('`', i + 1)) n++;
  return n;
}

function parseShellUncached(text: string): ShellScript {
  // mvdan/sh (slower, loaded on first use) decides the scripts tree-sitter-bash rejects — its grammar does not
  // cover all of bash (e.g. a comment inside backquotes) — so syntax errors read exactly as they did with it.
  // mvdan/sh's parser recurses: a text nested too deep for our bound never reaches it
  // nor does a text with hundreds of backquote substitutions (seconds each in mvdan/sh; found by tools/fuzz)
  const mvdan = (): ShellScript => (lexicalNesting(text) > MAX_SHELL_NESTING || backquotes(text) > 2 * MAX_SHELL_NESTING ? tooDeep(text) : parseWithMvdan(text));
  if (ESCAPED_BLANK.test(text)) return mvdan();
  const tree = started().parse(text);
  if (!tree) return mvdan();
  try {
    const root = tree.rootNode;
    if (root.hasError) return mvdan();
    const commands: Command[] = [];
    let hasPipes = false;
    // the ancestors of the cursor's node: a redirected_statement (for simpleCommand) or null, and the nesting depth
    const parents: (Node | null)[] = [];
    const nests: boolean[] = [];
    let depth = 0;
    // pre-order walk with a cursor: a command is listed before the commands inside its words
    const cursor = root.walk();
    try {
      for (;;) {
        const type = cursor.nodeType;
        if (type === 'command') {
          const command = simpleCommand(cursor.currentNode, text, parents[parents.length - 1] ?? null);
          if (command) commands.push(command);
        } else if (type === 'declaration_command' || type === 'unset_command') {
          const node = cursor.currentNode;
          commands.push({ name: node.child(0)?.type ?? '', args: declArgs(node, text) });
        } else if (type === 'test_command' && text[cursor.startIndex] === '[' && text[cursor.startIndex + 1] !== '[') {
          commands.push({ name: '[', args: testArgs(cursor.currentNode, text) });
        } else if (type === 'pipeline') {
          hasPipes = true;
        }
        if (!(LEAFISH.has(type) && !SUBSTITUTION.test(text.slice(cursor.startIndex, cursor.endIndex)))) {
          const nests_ = NESTING.has(type);
          const parent = type === 'redirected_statement' ? cursor.currentNode : null;
          if (cursor.gotoFirstChild()) {
            parents.push(parent);
            nests.push(nests_);
            if (nests_ && ++depth > MAX_SHELL_NESTING) return tooDeep(text);
            continue;
          }
        }
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) return { text, commands, hasPipes };
          parents.pop();
          if (nests.pop()) depth--;
        }
      }
    } catch (e) {
      if (e instanceof TooDeep) return tooDeep(text);
      if (e instanceof Misparse) return mvdan();
      throw e;
    } finally {
      cursor.delete();
    }
  } finally {
    tree.delete();
  }
}
