import { dockerRule } from './rule.js';
import { runScript } from './util.js';
import { argsNoFlags, dropFlagArg } from '../parser/command.js';
import type { Command } from '../parser/shell.js';

/** DL3008: Pin versions in apt-get install. */
export default dockerRule({
  id: 'DL3008',
  level: 'warning',
  description: 'Pin versions in apt-get install.',
  message: 'Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (!s) continue;
      if (s.commands.some((c) => c.name === 'apt-get' && c.args.includes('install') && aptPackages(c).some((p) => !p.includes('=') && !p.includes('/') && !p.endsWith('.deb')))) report(ins.line);
    }
  },
});

/** The package arguments of `apt-get install` (values of -t/--target-release removed). */
export function aptPackages(c: Command): string[] {
  return argsNoFlags(dropFlagArg(['t', 'target-release'], c)).filter((a) => a !== 'install');
}
