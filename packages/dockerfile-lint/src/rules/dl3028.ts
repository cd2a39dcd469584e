import { dockerRule } from './rule.js';
import { runScript } from './util.js';
import { argsNoFlags, dropFlagArg } from '../parser/command.js';
import type { Command } from '../parser/shell.js';

/** DL3028: Pin versions in gem install. */
export default dockerRule({
  id: 'DL3028',
  level: 'warning',
  description: 'Pin versions in gem install.',
  message: 'Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (!s) continue;
      if (s.commands.some((c) => c.name === 'gem' && (c.args[0] === 'install' || c.args[0] === 'i' || c.args.includes('install')) && unpinnedGem(c))) report(ins.line);
    }
  },
});

function unpinnedGem(c: Command): boolean {
  if (c.args.some((a) => a === '-v' || a === '--version' || a.startsWith('--version='))) return false;
  const dd = c.args.indexOf('--');
  const args = dropFlagArg(['i', 'install-dir', 'n', 'bindir', 's', 'source', 'p', 'http-proxy', 'platform', 'g', 'file'], { name: c.name, args: dd < 0 ? c.args : c.args.slice(0, dd) });
  return argsNoFlags(args).filter((a) => a !== 'install' && a !== 'i').some((a) => !a.includes(':'));
}
