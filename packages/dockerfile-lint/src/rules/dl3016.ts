import { dockerRule } from './rule.js';
import { runScript } from './util.js';
import { argsNoFlags, dropFlagArg } from '../parser/command.js';
import type { Command } from '../parser/shell.js';

/** DL3016: Pin versions in npm install. */
export default dockerRule({
  id: 'DL3016',
  level: 'warning',
  description: 'Pin versions in npm install.',
  message: 'Pin versions in npm. Instead of `npm install <package>` use `npm install <package>@<version>`',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (s && s.commands.some((c) => c.name === 'npm' && npmUnpinned(c))) report(ins.line);
    }
  },
});

export function npmUnpinned(c: Command): boolean {
  const args = argsNoFlags(dropFlagArg(['loglevel', 'registry'], c));
  if (args[0] !== 'install') return false;
  return args.slice(1).some((p) => !npmPinned(p));
}

function npmPinned(p: string): boolean {
  if (/^(git:\/\/|git\+ssh:\/\/|git\+https?:\/\/)/.test(p)) return p.includes('#');
  if (p.endsWith('.tar') || p.endsWith('.tar.gz') || p.endsWith('.tgz')) return true;
  if (p.startsWith('/') || p.startsWith('./') || p.startsWith('../') || p.startsWith('~/')) return true;
  const name = p.startsWith('@') ? p.slice(p.indexOf('/') + 1) : p;
  return name.includes('@');
}
