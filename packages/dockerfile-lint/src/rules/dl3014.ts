import { dockerRule } from './rule.js';
import { runScript } from './util.js';
import { getFlags } from '../parser/command.js';
import type { Command } from '../parser/shell.js';

/** DL3014: Use the `-y` switch with apt-get install. */
export default dockerRule({
  id: 'DL3014',
  level: 'warning',
  description: 'Use the `-y` switch with apt-get install.',
  message: 'Use the `-y` switch to avoid manual input `apt-get -y install <package>`',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (!s) continue;
      if (s.commands.some((c) => c.name === 'apt-get' && c.args.includes('install') && !assumesYes(c))) report(ins.line);
    }
  },
});

function assumesYes(c: Command): boolean {
  const flags = getFlags(c);
  if (flags.includes('y') || flags.includes('yes') || flags.includes('assume-yes')) return true;
  if (flags.filter((f) => f === 'q').length >= 2) return true;
  if (c.args.filter((a) => a === '--quiet').length >= 2) return true;
  return c.args.includes('-q=2') || c.args.includes('--quiet=2');
}
