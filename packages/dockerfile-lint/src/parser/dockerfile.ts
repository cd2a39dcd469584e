import { DockerfileParser, Instruction as AstInstruction } from 'dockerfile-ast';
import { parseShell, type ShellScript } from './shell.js';
import { unquoteWord } from './words.js';

/**
 * dockerfile-ast (0.7.1) re-scans an instruction's text for its arguments on every `getArguments()` /
 * `getRawArgumentsContent()` / `getFlags()` / `getHeredocs()` call, and its constructors call them several times:
 * ~6 scans of each RUN, ~40% of the parse of a Dockerfile. The scan only reads the (immutable) document, so its
 * result is kept on the instance; callers get a copy of the array, as before (ModifiableInstruction shifts it).
 */
const RAW_ARGUMENTS = Symbol('flightcheck.rawArguments');
type RawArgs = { getRawArguments(): unknown[]; [RAW_ARGUMENTS]?: unknown[] };
const astProto = AstInstruction.prototype as unknown as RawArgs;
const scanRawArguments = astProto.getRawArguments;
if (!(scanRawArguments as { memoised?: boolean }).memoised) {
  const memoised = function (this: RawArgs): unknown[] {
    return (this[RAW_ARGUMENTS] ??= scanRawArguments.call(this)).slice();
  };
  astProto.getRawArguments = Object.assign(memoised, { memoised: true });
}

/** An instruction flag: `--mount=type=cache,target=/x` → { name: 'mount', value: 'type=cache,target=/x' }. */
export interface Flag {
  name: string;
  value: string | undefined;
}

/** One Dockerfile instruction, read the way hadolint's parser (language-docker) reads it. */
export interface Instruction {
  /** Upper-case keyword: `RUN`, `FROM`; `COMMENT` for a comment line. */
  keyword: string;
  /** 1-based line of the instruction's first line. */
  line: number;
  endLine: number;
  flags: Flag[];
  /** The argument text: escaped newlines joined, comment lines dropped, heredoc body for `RUN <<EOF`. */
  args: string;
  /** Items of an exec-form (JSON array) argument. */
  exec?: string[];
  /** The argument came from a heredoc. */
  heredoc?: boolean;
  /** RUN (and SHELL) arguments parsed as shell, lazily. */
  shell?: ShellScript;
  /** For ONBUILD: the wrapped instruction. */
  inner?: Instruction;
  /** The escape character, when `# escape=` set one other than `\`. */
  escape?: string;
}

export interface Dockerfile {
  /** Instructions and comments in source order. */
  instructions: Instruction[];
  escape: string;
  lineCount: number;
}

export class DockerfileParseError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${line}:${column} ${reason}`);
    this.name = 'DockerfileParseError';
  }
}

export const KNOWN_INSTRUCTIONS = new Set([
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT',
  'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
]);

const DIRECTIVE = /^#\s*(escape|syntax|check)\s*=/i;

/** Joins escaped line breaks and drops comment lines inside a continuation, as language-docker does. */
export function joinContinuations(raw: string, escape: string): string {
  const lines = raw.split(/\r?\n/);
  let out = '';
  let continuing = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (continuing) {
      if (/^\s*#/.test(line) || !line.trim()) continue;
      const m = /^[ \t]+/.exec(line);
      if (m) line = ' ' + line.slice(m[0].length);
    }
    const trimmed = line.replace(/[ \t]+$/, '');
    if (trimmed.endsWith(escape) && i < lines.length - 1) {
      out += trimmed.slice(0, -escape.length);
      continuing = true;
    } else {
      out += line;
      continuing = false;
      if (i < lines.length - 1) out += '\n';
    }
  }
  return out;
}

/** Parses `["a", "b"]`; undefined when the text is not a JSON array of strings. */
export function parseExecForm(text: string): string[] | undefined {
  const t = text.trim();
  if (!t.startsWith('[') || !t.endsWith(']')) return undefined;
  try {
    const v = JSON.parse(t) as unknown;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  } catch {
    return undefined;
  }
  return undefined;
}

const HEREDOC_START = /^<<-?\s*(["']?)([A-Za-z0-9_]+)\1/;

function buildInstruction(ast: AstInstruction, lines: string[], escape: string, lineOffset: number): Instruction {
  const range = ast.getRange();
  const keyword = ast.getKeyword().toUpperCase();
  const line = range.start.line + 1 + lineOffset;
  const endLine = range.end.line + 1 + lineOffset;
  const flagged = ast as unknown as { getFlags?: () => { getName(): string; getValue(): string | null }[] };
  // a flag value is a word too: `--from="build"` names the stage build
  const flags: Flag[] = (flagged.getFlags?.() ?? []).map((f) => {
    const value = f.getValue();
    return { name: f.getName(), value: value === null ? undefined : unquoteWord(value, escape) };
  });
  const rawArgs = ast.getRawArgumentsContent() ?? '';
  const ins: Instruction = { keyword, line, endLine, flags, args: '', ...(escape !== '\\' ? { escape } : {}) };
  const heredocs = (ast as unknown as { getHeredocs?: () => { getName(): string; getDelimiterRange(): unknown }[] }).getHeredocs?.() ?? [];
  if (heredocs.length && (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD')) {
    for (const h of heredocs) {
      if (!h.getDelimiterRange()) throw new DockerfileParseError(line, 1, `unterminated heredoc: no line "${h.getName()}" closes "<<${h.getName()}"`);
    }
    const first = rawArgs.split('\n')[0]!;
    const trimmed = first.trimStart();
    const m = HEREDOC_START.exec(trimmed);
    if (m && keyword === 'RUN') {
      const body = rawArgs.split('\n').slice(1);
      const end = body.findIndex((l) => l.trim() === m[2]);
      ins.args = (end >= 0 ? body.slice(0, end) : body).join('\n').trim();
      ins.heredoc = true;
    } else {
      const at = first.indexOf('<<');
      ins.args = joinContinuations(at >= 0 ? first.slice(0, at) : first, escape).trim();
      ins.heredoc = true;
    }
  } else {
    ins.args = joinContinuations(rawArgs, escape).trim();
  }
  const exec = parseExecForm(ins.args);
  if (exec && !ins.heredoc) ins.exec = exec;
  if (keyword === 'ONBUILD') {
    const inner = ins.args;
    if (inner) {
      const sub = DockerfileParser.parse(inner);
      const subIns = sub.getInstructions()[0];
      if (subIns) {
        ins.inner = buildInstruction(subIns, inner.split('\n'), escape, line - 1);
        ins.inner.line = line;
        ins.inner.endLine = endLine;
      }
    }
  }
  void lines;
  return ins;
}

/** Parses a Dockerfile; throws DockerfileParseError (reported as DL1000) when it cannot be read. */
export function parseDockerfile(text: string): Dockerfile {
  const src = text.replace(/^\uFEFF/, '');
  const df = DockerfileParser.parse(src);
  const escape = df.getEscapeCharacter() || '\\';
  const lines = src.split(/\r?\n/);
  const instructions: Instruction[] = [];
  const covered = new Set<number>();
  for (const ast of df.getInstructions()) {
    const r = ast.getRange();
    for (let l = r.start.line; l <= r.end.line; l++) covered.add(l);
    const ins = buildInstruction(ast, lines, escape, 0);
    if (!KNOWN_INSTRUCTIONS.has(ins.keyword)) {
      throw new DockerfileParseError(ins.line, 1, `unexpected '${ast.getInstruction()}': expecting a Dockerfile instruction (FROM, RUN, COPY, …)`);
    }
    if (ins.keyword === 'ONBUILD' && ins.inner && !KNOWN_INSTRUCTIONS.has(ins.inner.keyword)) {
      throw new DockerfileParseError(ins.line, 9, `unexpected '${ins.inner.keyword}' after ONBUILD: expecting a Dockerfile instruction`);
    }
    if (ins.keyword === 'FROM' && !ins.args) throw new DockerfileParseError(ins.line, 5, 'FROM needs an image name');
    instructions.push(ins);
  }
  // comments (not inside an instruction), in order; parser directives are not comments
  let directivesOpen = true;
  lines.forEach((l, i) => {
    if (covered.has(i)) {
      directivesOpen = false;
      return;
    }
    const t = l.trim();
    if (!t) return;
    if (!t.startsWith('#')) return;
    if (directivesOpen && DIRECTIVE.test(t)) return;
    directivesOpen = false;
    instructions.push({ keyword: 'COMMENT', line: i + 1, endLine: i + 1, flags: [], args: t.slice(1) });
  });
  instructions.sort((a, b) => a.line - b.line);
  return { instructions, escape, lineCount: lines.length };
}

/** The shell parse of a RUN's argument text, computed once. */
export function shellOf(ins: Instruction): ShellScript {
  if (!ins.shell) ins.shell = parseShell(ins.args);
  return ins.shell;
}

/** The value of a flag (`--from=x` → `x`), or undefined. */
export function flagValue(ins: Instruction, name: string): string | undefined {
  return ins.flags.find((f) => f.name === name)?.value;
}
