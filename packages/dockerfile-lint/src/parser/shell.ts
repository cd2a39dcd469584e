import sh, { type ShNode } from 'mvdan-sh';

const { syntax } = sh;

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
}

const PIPE = 12;
const PIPE_ALL = 13;

let parser: ReturnType<typeof syntax.NewParser> | undefined;

function simplifyParts(parts: ShNode[], quoted = false): string {
  let out = '';
  for (const p of parts) {
    switch (syntax.NodeType(p)) {
      case 'Lit':
        out += quoted ? String(p.Value).replace(/\\([$`"\\])/g, '$1') : String(p.Value).replace(/\\(.)/g, '$1');
        break;
      case 'SglQuoted':
        out += String(p.Value);
        break;
      case 'DblQuoted':
        out += simplifyParts(p.Parts ?? [], true);
        break;
      case 'ParamExp':
        out += `\${${p.Param?.Value ?? ''}}`;
        break;
      case 'CmdSubst':
        out += '${' + '...' + '}';
        break;
      case 'ArithmExp':
        out += '${VAR}';
        break;
      case 'ExtGlob':
        out += String(p.Pattern?.Value ?? '');
        break;
      default:
        break;
    }
  }
  return out;
}

/** The text of a word with quotes removed, `$X`/`${X}` as `${X}`, substitutions as placeholders. */
export function simplifyWord(word: ShNode): string {
  return simplifyParts(word.Parts ?? []);
}

const CACHE_LIMIT = 20_000;
const cache = new Map<string, ShellScript>();

/**
 * Parses shell text (bash) with a real shell parser and lists every simple command in source order.
 * Results are memoised by text (RUN lines repeat across the Dockerfiles of a repository); callers must not mutate them.
 */
export function parseShell(text: string): ShellScript {
  const hit = cache.get(text);
  if (hit) return hit;
  const parsed = parseShellUncached(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, parsed);
  return parsed;
}

function parseShellUncached(text: string): ShellScript {
  parser ??= syntax.NewParser();
  let file: ShNode;
  try {
    file = parser.Parse(text, '');
  } catch (e) {
    const err = e as { Error?: () => string; message?: string };
    parser = syntax.NewParser();
    return { text, commands: [], hasPipes: /\|/.test(text.replace(/\|\|/g, '')), error: err.Error ? err.Error() : String(err.message ?? e) };
  }
  const commands: Command[] = [];
  let hasPipes = false;
  syntax.Walk(file, (n) => {
    if (!n) return true;
    const t = syntax.NodeType(n);
    if (t === 'CallExpr') {
      const words = (n.Args ?? []) as ShNode[];
      if (words.length) {
        const [first, ...rest] = words.map(simplifyWord);
        commands.push({ name: first!, args: rest });
      }
    } else if (t === 'DeclClause') {
      const args = ((n.Args ?? []) as ShNode[]).map((a) => {
        const name = a.Name?.Value ?? '';
        const value = a.Value ? simplifyWord(a.Value) : '';
        return a.Naked ? (a.Value ? simplifyWord(a.Value) : name) : `${name}=${value}`;
      });
      commands.push({ name: String(n.Variant?.Value ?? ''), args });
    } else if (t === 'BinaryCmd' && (n.Op === PIPE || n.Op === PIPE_ALL)) {
      hasPipes = true;
    }
    return true;
  });
  return { text, commands, hasPipes };
}
