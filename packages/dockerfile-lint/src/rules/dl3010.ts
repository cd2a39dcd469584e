import { dockerRule } from './rule.js';
import { flagValue } from '../parser/dockerfile.js';
import type { Command } from '../parser/shell.js';
import { copyArgs, isArchive, runScript, stripQuotes } from './util.js';

/** DL3010: Use ADD for extracting archives into an image. */
export default dockerRule({
  id: 'DL3010',
  level: 'info',
  description: 'Use ADD for extracting archives into an image.',
  message: 'Use `ADD` for extracting archives into an image',
  check({ instructions, report }) {
    let copied = new Map<string, number>();
    let hits = new Set<number>();
    const base = (p: string) => stripQuotes(p).replace(/\/+$/, '').split(/[\\/\\\\]/).pop()!;
    for (const ins of instructions) {
      if (ins.keyword === 'FROM') {
        copied = new Map();
        hits = new Set();
      } else if (ins.keyword === 'COPY' && flagValue(ins, 'from') === undefined && !ins.heredoc) {
        const { sources, dest } = copyArgs(ins);
        for (const src of sources) {
          if (!isArchive(stripQuotes(src))) continue;
          copied.set(isArchive(stripQuotes(dest)) ? base(dest) : base(src), ins.line);
        }
      } else {
        const s = runScript(ins);
        if (!s) continue;
        for (const c of s.commands) {
          if (!extracts(c)) continue;
          for (const a of c.args) {
            const line = copied.get(base(a));
            if (line !== undefined) hits.add(line);
          }
        }
      }
    }
    for (const line of [...hits].sort((a, b) => a - b)) report(line);
  },
});

const EXTRACTORS = ['unzip', 'gunzip', 'bunzip2', 'unlzma', 'unxz', 'zgz', 'uncompress', 'zcat', 'gzcat'];

function extracts(c: Command): boolean {
  if (EXTRACTORS.includes(c.name)) return true;
  if (c.name !== 'tar') return false;
  return c.args.some((a) => (a.startsWith('-') && !a.startsWith('--') && a.includes('x')) || a === '--extract' || a === '--get');
}
