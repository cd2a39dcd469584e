import { createRequire } from 'node:module';
import type { ShNode } from 'mvdan-sh';
import type { ShellScript } from './shell.js';

type ShModule = typeof import('mvdan-sh').default;
let sh: ShModule | undefined;

const PIPE = 12;
const PIPE_ALL = 13;

let parser: ReturnType<ShModule['syntax']['NewParser']> | undefined;

function simplifyParts(parts: ShNode[], quoted = false): string {
  const { syntax } = sh!;
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
function simplifyWord(word: ShNode): string {
  return simplifyParts(word.Parts ?? []);
}

/**
 * Parses bash with mvdan/sh (a GopherJS build, loaded on first use: ~0.4 s, and ~2 ms per script to read its
 * tree). Used only for the scripts tree-sitter-bash cannot read or reads differently from bash (see shell.ts).
 */
export function parseWithMvdan(text: string): ShellScript {
  const { syntax } = (sh ??= createRequire(import.meta.url)('mvdan-sh') as ShModule);
  parser ??= syntax.NewParser();
  let file: ShNode;
  try {
    file = parser.Parse(text, '');
  } catch (e) {
    const err = e as { Error?: () => string; message?: string };
    parser = syntax.NewParser();
    return { text, commands: [], hasPipes: /\|/.test(text.replace(/\|\|/g, '')), error: err.Error ? err.Error() : String(err.message ?? e) };
  }
  const commands: ShellScript['commands'] = [];
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
