import { dockerRule } from './rule.js';
import { runScript } from './util.js';
import { argsNoFlags, dropFlagArg } from '../parser/command.js';
import type { Command } from '../parser/shell.js';

/** DL3018: Pin versions in apk add. */
export default dockerRule({
  id: 'DL3018',
  level: 'warning',
  description: 'Pin versions in apk add.',
  message: 'Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      const s = runScript(ins);
      if (!s) continue;
      if (s.commands.some((c) => c.name === 'apk' && c.args.includes('add') && apkPackages(c).some((p) => !/[=~><]/.test(p) && !p.endsWith('.apk')))) report(ins.line);
    }
  },
});

function apkPackages(c: Command): string[] {
  return argsNoFlags(dropFlagArg(['t', 'virtual', 'repository', 'X'], c)).filter((a) => a !== 'add');
}
